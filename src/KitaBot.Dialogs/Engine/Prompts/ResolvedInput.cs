namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>The meaning of an inbound activity for a waiting prompt (see <see cref="PhoneInput"/>).</summary>
internal readonly record struct ResolvedInput(ResolvedInputKind Kind, string? Text, string? PostedValue)
{
    public static ResolvedInput AsSent => new(ResolvedInputKind.AsSent, null, null);

    public static ResolvedInput Collecting => new(ResolvedInputKind.Collecting, null, null);

    public static ResolvedInput More => new(ResolvedInputKind.MoreOptions, null, null);

    public static ResolvedInput Substitute(string? text, string? postedValue) => new(ResolvedInputKind.Substituted, text, postedValue);
}
