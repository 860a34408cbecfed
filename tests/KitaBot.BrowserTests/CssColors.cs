using System.Globalization;
using System.Text.RegularExpressions;

namespace KitaBot.BrowserTests;

/// <summary>WCAG 2 contrast between two computed CSS colours (<c>rgb(…)</c> / <c>rgba(…)</c> as browsers report them).</summary>
public static partial class CssColors
{
    public static double ContrastRatio(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string color)
    {
        var match = Rgb().Match(color);
        if (!match.Success)
        {
            throw new FormatException("Not a computed rgb() colour: " + color);
        }

        double Channel(int group)
        {
            var value = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) / 255;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(2)) + (0.0722 * Channel(3));
    }

    [GeneratedRegex(@"^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Rgb();
}
