namespace KitaBot.Dialogs.Engine.Prompts;

/// <summary>What an inbound activity means for a waiting prompt once phone input is taken into account.</summary>
internal enum ResolvedInputKind
{
    /// <summary>The activity answers as it is.</summary>
    AsSent,

    /// <summary>A keypad digit was stored; nothing is answered yet.</summary>
    Collecting,

    /// <summary>The caller asked for the next page of options.</summary>
    MoreOptions,

    /// <summary>The answer is <see cref="ResolvedInput.Text"/> or <see cref="ResolvedInput.PostedValue"/>, not the activity's own.</summary>
    Substituted,
}
