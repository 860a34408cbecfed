namespace KitaBot.Dialogs.Localization;

/// <summary>How a <see cref="TextArg"/> is formatted and spoken.</summary>
public enum TextArgKind
{
    /// <summary>User or catalog data shown as is (names, e-mail addresses, kita names).</summary>
    Plain,

    /// <summary>An ISO date (yyyy-MM-dd), shown in the reader's date format.</summary>
    Date,

    /// <summary>An ISO month (yyyy-MM), shown as month and year.</summary>
    Month,

    /// <summary>The count that selects the plural form.</summary>
    Count,

    /// <summary>A number shown in the reader's format.</summary>
    Number,

    /// <summary>A reference number, read digit by digit.</summary>
    Reference,

    /// <summary>The name of another <see cref="TextId"/>, rendered in the same language.</summary>
    Text,
}
