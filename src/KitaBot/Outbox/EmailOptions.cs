namespace KitaBot.Outbox;

/// <summary>The <c>Email</c> section: how e-mails leave KitaBot.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>Where <c>.eml</c> files go without SMTP; relative to the data directory. Default <c>mail-pickup</c>.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>True when <c>Email:Smtp:Host</c> is set, so e-mails go by SMTP.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
