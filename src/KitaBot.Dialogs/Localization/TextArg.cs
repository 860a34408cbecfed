using System.Globalization;

namespace KitaBot.Dialogs.Localization;

/// <summary>
/// A named value for a <c>{placeholder}</c> in a text. The kind tells the renderer how to format and speak it:
/// dates in the reader's format, references digit by digit, counts choosing the plural form.
/// </summary>
public sealed record TextArg(string Name, string Value, TextArgKind Kind)
{
    public static TextArg Plain(string name, string value) => new(name, value, TextArgKind.Plain);

    public static TextArg Date(string name, DateOnly value) =>
        new(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), TextArgKind.Date);

    public static TextArg Month(string name, DateOnly value) =>
        new(name, value.ToString("yyyy-MM", CultureInfo.InvariantCulture), TextArgKind.Month);

    public static TextArg Count(int value) => new("count", value.ToString(CultureInfo.InvariantCulture), TextArgKind.Count);

    public static TextArg Number(string name, int value) =>
        new(name, value.ToString(CultureInfo.InvariantCulture), TextArgKind.Number);

    public static TextArg Reference(string name, string value) => new(name, value, TextArgKind.Reference);

    public static TextArg Nested(string name, TextId value) => new(name, value.ToString(), TextArgKind.Text);
}
