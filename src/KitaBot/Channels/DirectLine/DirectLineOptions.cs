namespace KitaBot.Channels.DirectLine;

/// <summary>Settings of the self-hosted Direct Line endpoint, bound from the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// HMAC key for the tokens (at least 32 characters). When absent, a random key is generated once and kept in
    /// <see cref="DataFolder"/> (file mode 600), so tokens survive a restart.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Folder for the generated signing key and the SQLite transcript; relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>When set, the transcript lives in PostgreSQL instead of SQLite (Npgsql connection string).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Bearer token lifetime. Web Chat refreshes every 15 minutes whatever this says, so keep it well above.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(1800);

    /// <summary>How long the credential inside a streamUrl may be used to open the WebSocket.</summary>
    public TimeSpan StreamTokenLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Tokens one client IP address may obtain from <c>/tokens/generate</c> per minute.</summary>
    public int TokensPerMinutePerClient { get; set; } = 20;

    /// <summary>Activities (messages, events, uploads) one conversation may post per minute.</summary>
    public int ActivitiesPerMinutePerConversation { get; set; } = 30;

    /// <summary>Largest accepted JSON body of a posted activity or a conversation start, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Largest accepted upload request; files are read and discarded, never stored.</summary>
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most activities returned by one GET; the client fetches the rest on its next poll.</summary>
    public int MaxActivitiesPerRead { get; set; } = 100;

    /// <summary>The bot's account in the conversation.</summary>
    public string BotId { get; set; } = "kitabot";

    public string BotName { get; set; } = "KitaBot";
}
