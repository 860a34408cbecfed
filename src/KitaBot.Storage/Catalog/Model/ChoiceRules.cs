namespace KitaBot.Storage.Catalog.Model;

/// <summary>How many Kitas/childminders a family may choose on a portal; null <see cref="MaxChoices"/> = unlimited.</summary>
public sealed record ChoiceRules(int? MaxChoices, bool Ranked, string RankingMethod, string Source)
{
    public bool Allows(int choiceCount) => choiceCount >= 0 && (MaxChoices is null || choiceCount <= MaxChoices);
}
