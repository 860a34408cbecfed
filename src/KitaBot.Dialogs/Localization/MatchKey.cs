using System.Text;
using KitaBot.Dialogs.Recognizers.Text;

namespace KitaBot.Dialogs.Localization;

/// <summary>
/// The form in which command words, language names and detection words are compared: folded as the recognizers
/// fold (case, accents, digits, per language), with every run of punctuation or space made one space.
/// </summary>
public static class MatchKey
{
    public static string Of(string text, Language language)
    {
        var folded = TextFolding.Fold(text, language).Text;
        var key = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '?')
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }
}
