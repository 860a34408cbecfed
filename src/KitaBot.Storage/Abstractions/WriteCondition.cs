namespace KitaBot.Storage.Abstractions;

/// <summary>When a conditional write may happen. See <see cref="IStateStore.WriteAsync"/>.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(string? eTag, bool mustBeAbsent)
    {
        ETag = eTag;
        MustBeAbsent = mustBeAbsent;
    }

    /// <summary>The eTag the stored value must still have, or null.</summary>
    public string? ETag { get; }

    /// <summary>True when the key must not exist yet.</summary>
    public bool MustBeAbsent { get; }

    /// <summary>Overwrite whatever is there (the protocol's <c>*</c>).</summary>
    public static WriteCondition Always => default;

    /// <summary>Create the key only; fails if another writer created it first.</summary>
    public static WriteCondition IfAbsent => new(null, true);

    /// <summary>Replace the value only while it still has this eTag.</summary>
    public static WriteCondition IfMatch(string eTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        return eTag == "*" ? Always : new WriteCondition(eTag, false);
    }
}
