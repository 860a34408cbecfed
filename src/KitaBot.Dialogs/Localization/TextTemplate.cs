namespace KitaBot.Dialogs.Localization;

/// <summary>A parsed resource string: literal text, <c>{argument}</c> and <c>{term:Name}</c> segments.</summary>
internal sealed class TextTemplate
{
    private TextTemplate(IReadOnlyList<Segment> segments) => Segments = segments;

    public IReadOnlyList<Segment> Segments { get; }

    public IEnumerable<string> Placeholders =>
        Segments.Where(s => s.Kind != SegmentKind.Literal).Select(s => s.Kind == SegmentKind.Term ? "term:" + s.Value : s.Value);

    public static TextTemplate Parse(string source)
    {
        var segments = new List<Segment>();
        var position = 0;
        while (position < source.Length)
        {
            var open = source.IndexOf('{', position);
            if (open < 0)
            {
                segments.Add(new Segment(SegmentKind.Literal, source[position..]));
                break;
            }

            var close = source.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new FormatException($"Unclosed placeholder at {open} in \"{source}\".");
            }

            if (open > position)
            {
                segments.Add(new Segment(SegmentKind.Literal, source[position..open]));
            }

            var name = source[(open + 1)..close];
            segments.Add(name.StartsWith("term:", StringComparison.Ordinal)
                ? new Segment(SegmentKind.Term, name[5..])
                : new Segment(SegmentKind.Argument, name));
            position = close + 1;
        }

        return new TextTemplate(segments);
    }

    internal enum SegmentKind
    {
        Literal,
        Argument,
        Term,
    }

    internal sealed record Segment(SegmentKind Kind, string Value);
}
