using System.Security.Cryptography;
using System.Text;

namespace KitaBot.Dialogs.Engine;

/// <summary>The dialogs one stack can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>A stable hash of every dialog's version; changes when any dialog in the set changes.</summary>
    public string Version
    {
        get
        {
            var versions = string.Join('|', _dialogs.Values.Select(d => d.Version).Order(StringComparer.Ordinal));
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(versions)), 0, 6);
        }
    }

    public DialogContext CreateContext(TurnContext turn, DialogState state) => new(this, turn, state, parent: null);
}
