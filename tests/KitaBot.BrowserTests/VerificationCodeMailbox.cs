using Microsoft.Data.Sqlite;

namespace KitaBot.BrowserTests;

/// <summary>
/// Test instrument standing in for the family's mailbox: the newest one-time code queued for an address in the real
/// SQLite outbox (kind <c>verification-code</c>). Read-only; the bot's own sender would claim the same row.
/// </summary>
public sealed class VerificationCodeMailbox(string databasePath)
{
    /// <summary>The newest code for <paramref name="email"/>; the bot commits it before it asks for it.</summary>
    public async Task<string> NewestCodeAsync(string email)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT json_extract(payload, '$.code') FROM outbox
            WHERE kind = 'verification-code' AND recipient = $email
            ORDER BY created_at DESC, rowid DESC
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$email", email);
        return await command.ExecuteScalarAsync() as string
            ?? throw new InvalidOperationException("No verification code was queued for the address the test used.");
    }
}
