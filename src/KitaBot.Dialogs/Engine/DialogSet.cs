using System.Security.Cryptography;
using System.Text;

namespace KitaBot.Dialogs.Engine;

/// <summary>The dialogs one stack can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private string? _version;

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        _version = null;
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>
    /// A stable hash of every dialog's version; changes when any dialog in the set changes. Computed once, since
    /// dialogs are added only while the dialogs are built, and it is read on every turn.
    /// </summary>
    public string Version => _version ??= ComputeVersion();

    private string ComputeVersion()
    {
        var versions = string.Join('|', _dialogs.Values.Select(d => d.Version).Order(StringComparer.Ordinal));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(versions)), 0, 6);
    }

    public DialogContext CreateContext(TurnContext turn, DialogState state) => new(this, turn, state, parent: null);
}
