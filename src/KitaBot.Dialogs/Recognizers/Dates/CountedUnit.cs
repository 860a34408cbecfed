namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>A unit word that carries its own count, such as the Arabic dual يومين ("two days").</summary>
internal sealed class CountedUnit
{
    public required string Form { get; init; }

    public required DateUnit Unit { get; init; }

    public required int Count { get; init; }
}
