using KitaBot.Storage.Abstractions;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Sqlite;

/// <summary>A pooled read connection with its prepared SELECT; WAL lets any number of these read while the writer commits.</summary>
internal sealed class SqliteStateReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;

    public SqliteStateReader(SqliteConnection connection)
    {
        _connection = connection;
        _select = connection.CreateCommand();
        _select.CommandText = "SELECT value, etag FROM state_entries WHERE key = @key";
        _select.Parameters.Add("@key", SqliteType.Text);
        _select.Prepare();
    }

    public StateEntry? Read(string key)
    {
        _select.Parameters["@key"].Value = key;
        using var reader = _select.ExecuteReader();
        return reader.Read() ? new StateEntry(reader.GetFieldValue<byte[]>(0), reader.GetString(1)) : null;
    }

    public void Dispose()
    {
        _select.Dispose();
        _connection.Dispose();
    }
}
