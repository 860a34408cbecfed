using System.Text;
using System.Xml;

namespace KitaBot.Dialogs.Presentation.Voice;

/// <summary>
/// Cleans text for voice channels and SSML: emoji (the status lights 🟠 🟢) are dropped because they are read out as
/// their names or not at all, and characters XML 1.0 forbids are dropped so <c>speak</c> always parses.
/// </summary>
public static class VoiceText
{
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>The text without emoji, pictographs and their joiners and variation selectors; spaces tidied.</summary>
    public static string WithoutEmoji(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsEmojiPart(rune))
            {
                result.Append(rune.ToString());
            }
        }

        return TidySpaces(result.ToString());
    }

    /// <summary>The text without characters that are not allowed in XML 1.0 (control characters, lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                result.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                result.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }

        return result.ToString();
    }

    private static bool IsEmojiPart(Rune rune) =>
        rune.Value is ZeroWidthJoiner
            or (>= 0xFE00 and <= 0xFE0F)
            or (>= 0x2300 and <= 0x23FF)
            or (>= 0x2600 and <= 0x27BF)
            or (>= 0x2B00 and <= 0x2BFF)
            or (>= 0x1F000 and <= 0x1FAFF)
            or (>= 0xE0020 and <= 0xE007F);

    private static string TidySpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lastIsSpace = result.Length > 0 && result[^1] == ' ';
            if (c == ' ' && (lastIsSpace || result.Length == 0 || result[^1] == '\n'))
            {
                continue;
            }

            if (c is '.' or ',' or '\n' && lastIsSpace)
            {
                result.Length--;
            }

            result.Append(c);
        }

        return result.ToString().Trim();
    }
}
