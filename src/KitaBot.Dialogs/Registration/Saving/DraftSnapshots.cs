using System.Globalization;
using System.Text.Json;
using KitaBot.Dialogs.Registration.State;
using KitaBot.Storage.Abstractions;

namespace KitaBot.Dialogs.Registration.Saving;

/// <summary>
/// A verified family's unfinished registration, kept under the family (not the conversation) so that it can be
/// resumed from another device or a later visit: the draft and the dialog stack, so it resumes at the question
/// where it stopped. Written conditionally; a snapshot written meanwhile by another conversation is not overwritten.
/// </summary>
public sealed class DraftSnapshots(IStateStore store)
{
    public async Task SaveAsync(KitaConversationState state, CancellationToken cancellationToken)
    {
        if (state.FamilyId is not { } familyId)
        {
            return;
        }

        var key = Key(familyId);
        if (state.Draft.Children.Count == 0)
        {
            // Only the snapshot this conversation wrote or resumed (after a release): a conversation that merely
            // signed in, to check a status or before answering "continue?", must not delete the family's draft.
            if (state.SnapshotETag is { } owned)
            {
                await store.DeleteAsync(key, owned, cancellationToken).ConfigureAwait(false);
            }

            state.SnapshotETag = null;
            return;
        }

        var snapshot = new KitaConversationState { Language = state.Language, Welcomed = true, LanguageSettled = true, FamilyId = familyId, Dialogs = state.Dialogs, Draft = state.Draft };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(snapshot, KitaStateJson.Default.KitaConversationState);
        var condition = state.SnapshotETag is { } eTag ? WriteCondition.IfMatch(eTag) : WriteCondition.Always;
        state.SnapshotETag = await store.WriteAsync(key, bytes, condition, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(Guid familyId, CancellationToken cancellationToken) =>
        await store.ReadAsync(Key(familyId), cancellationToken).ConfigureAwait(false) is not null;

    public async Task<KitaConversationState?> LoadAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var entry = await store.ReadAsync(Key(familyId), cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }

        try
        {
            var snapshot = JsonSerializer.Deserialize(entry.Value.Span, KitaStateJson.Default.KitaConversationState);
            if (snapshot is not null)
            {
                snapshot.SnapshotETag = entry.ETag;
            }

            return snapshot;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Key(Guid familyId) => string.Create(CultureInfo.InvariantCulture, $"families/{familyId:N}/draft");
}
