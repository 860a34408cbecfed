using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Registration.State;

/// <summary>The slot object: what the family has told KitaBot so far, before release.</summary>
public sealed class RegistrationDraft
{
    public AccountDraft Account { get; set; } = new();

    public List<ChildDraft> Children { get; set; } = [];

    /// <summary>The child the child and choice dialogs are working on.</summary>
    public int CurrentChild { get; set; }

    /// <summary>Makes a double click or a retried release submit once; set when the review begins.</summary>
    public Guid? ReleaseKey { get; set; }

    /// <summary>The answer the review asked to change (see <c>ChildEdits</c>), or null.</summary>
    public string? Edit { get; set; }

    [JsonIgnore]
    public ChildDraft Child => Children[CurrentChild];
}
