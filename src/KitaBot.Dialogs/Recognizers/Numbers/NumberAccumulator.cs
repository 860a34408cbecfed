namespace KitaBot.Dialogs.Recognizers.Numbers;

/// <summary>
/// The value of a spelled-out number read so far, and what may follow. Immutable: <see cref="TryAdd"/> returns
/// the next state, so a connector can be tried against the following word without committing.
/// </summary>
internal readonly record struct NumberAccumulator(
    long Total, long Current, long Slot, bool HundredApplied, long LastAdditive, long SlotBeforeLast, bool LastWasUnit)
{
    public long Value => Total + Current;

    public static NumberAccumulator Start(NumberWord word) => word.Kind == NumberWordKind.Multiplier
        ? word.Value >= 1000
            ? new(word.Value, 0, word.Value, false, 0, long.MaxValue, false)
            : new(0, word.Value, word.Value, true, word.Value, long.MaxValue, false)
        : new(0, word.Value, word.Slot, false, word.Value, long.MaxValue, IsUnit(word.Value));

    public bool TryAdd(NumberWord word, bool afterConnector, NumberLexicon lexicon, out NumberAccumulator next)
    {
        next = this;
        if (word.Kind == NumberWordKind.Cardinal)
        {
            var value = word.Value;
            var tenAfterUnit = afterConnector && value is >= 20 and <= 90 && value % 10 == 0;
            var teenAfterUnit = lexicon.UnitTeen && !afterConnector && value == 10;
            if (lexicon.UnitFirst && LastWasUnit && (tenAfterUnit || teenAfterUnit) && LastAdditive + value < SlotBeforeLast)
            {
                next = this with { Current = Current + value, Slot = 0, LastAdditive = LastAdditive + value, LastWasUnit = false };
                return true;
            }

            if (value > 0 && value < Slot)
            {
                next = this with
                {
                    Current = Current + value, SlotBeforeLast = Slot, Slot = word.Slot, LastAdditive = value, LastWasUnit = IsUnit(value),
                };
                return true;
            }

            return false;
        }

        if (word.Kind != NumberWordKind.Multiplier || afterConnector)
        {
            return false;
        }

        if (word.Value < 1000)
        {
            if (HundredApplied || !LastWasUnit || Current != LastAdditive || Current is < 1 or > 9)
            {
                return false;
            }

            next = this with { Current = Current * word.Value, Slot = word.Value, HundredApplied = true, LastAdditive = Current * word.Value, LastWasUnit = false };
            return true;
        }

        if (Total != 0 || Current is < 1 or > 999)
        {
            return false;
        }

        next = new NumberAccumulator(Current * word.Value, 0, word.Value, false, 0, long.MaxValue, false);
        return true;
    }

    private static bool IsUnit(long value) => value is >= 1 and <= 9;
}
