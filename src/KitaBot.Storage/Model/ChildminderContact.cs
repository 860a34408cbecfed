namespace KitaBot.Storage.Model;

/// <summary>What a family asking for a childminder (KTP) already has.</summary>
public enum ChildminderContact
{
    /// <summary>The family needs the Jugendamt to send contact details of childminders.</summary>
    NeedsContactDetails,

    /// <summary>The family already knows a childminder, named in the request.</summary>
    KnowsChildminder,
}
