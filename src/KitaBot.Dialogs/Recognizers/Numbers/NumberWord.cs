namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// What a lexicon word means. <see cref="Slot"/> is the bound a following additive value must stay below
/// (30 → 10 admits units, 100 → 100 admits 1-99, French "soixante" → 20 admits 1-19).
/// </summary>
internal readonly record struct NumberWord(NumberWordKind Kind, long Value, long Slot)
{
    public static NumberWord Cardinal(long value, long? slot = null) => new(NumberWordKind.Cardinal, value, slot ?? DefaultSlot(value));

    public static NumberWord Multiplier(long value) => new(NumberWordKind.Multiplier, value, value);

    public static NumberWord Ordinal(long value) => new(NumberWordKind.Ordinal, value, 0);

    public static NumberWord Connector { get; } = new(NumberWordKind.Connector, 0, 0);

    private static long DefaultSlot(long value) => value switch
    {
        10 => 10,
        >= 20 and < 100 when value % 10 == 0 => 10,
        >= 100 and < 1000 when value % 100 == 0 => 100,
        >= 1000 when value % 1000 == 0 => 1000,
        _ => 0,
    };
}
