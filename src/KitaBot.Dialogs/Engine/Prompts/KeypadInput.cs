using System.Globalization;
using KitaBot.Dialogs.Protocol;

namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>
/// Telephone keypad (DTMF) input. The phone channel sends one message per key with the key as text and an entity of
/// type <c>DTMF</c> (channels.md §3.5). Digits answer numbered options at once; for numbers, dates, codes, phone
/// numbers and postcodes they are collected until <c>#</c>, and <c>*</c> clears what was typed.
/// </summary>
public static class KeypadInput
{
    public const string EntityType = "DTMF";
    public const char Finish = '#';
    public const char Clear = '*';

    /// <summary>The most digits kept while collecting; a longer entry is cut, so a stuck key cannot grow the state.</summary>
    public const int MaxDigits = 24;

    /// <summary>The key pressed, if the activity is a keypad message.</summary>
    public static char? Key(Activity activity)
    {
        if (activity.Entities?.Any(e => string.Equals(e.Type, EntityType, StringComparison.OrdinalIgnoreCase)) != true)
        {
            return null;
        }

        var text = activity.Text?.Trim();
        return text is { Length: 1 } && (char.IsAsciiDigit(text[0]) || text[0] is Finish or Clear) ? text[0] : null;
    }

    /// <summary>Whether digits are collected until <c>#</c> for this kind of answer.</summary>
    public static bool Collects(InputKind kind) =>
        kind is InputKind.Number or InputKind.Date or InputKind.Code or InputKind.Phone or InputKind.Postcode;

    /// <summary>
    /// The collected digits as the answer text the prompt's recognizer understands. Dates are typed day, month, year:
    /// 8 digits are a full date (15032026 = 15.03.2026), 6 digits month and year (082027 = 08.2027).
    /// </summary>
    public static string AsAnswer(InputKind kind, string digits) => (kind, digits.Length) switch
    {
        (InputKind.Date, 8) => string.Create(CultureInfo.InvariantCulture, $"{digits[..2]}.{digits[2..4]}.{digits[4..]}"),
        (InputKind.Date, 6) => string.Create(CultureInfo.InvariantCulture, $"{digits[..2]}.{digits[2..]}"),
        _ => digits,
    };
}
