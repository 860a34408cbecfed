namespace KitaBot.Outbox;

/// <summary>The <c>Email:Smtp</c> section. Without <see cref="Host"/>, e-mails go to the pickup folder instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS before anything is sent; only a loopback test server goes without.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>The sender of every e-mail, pickup files too, e.g. <c>KitaBot &lt;kitabot@kreis-soest.de&gt;</c>.</summary>
    public string From { get; set; } = "KitaBot <kitabot@localhost>";
}
