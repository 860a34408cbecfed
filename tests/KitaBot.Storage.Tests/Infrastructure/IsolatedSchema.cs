using Npgsql;

namespace KitaBot.Storage.Tests.Infrastructure;

/// <summary>A PostgreSQL schema that exists for one test and is dropped afterwards.</summary>
public sealed class IsolatedSchema(string name, string connectionString, string serverConnectionString) : IAsyncDisposable
{
    /// <summary>Connection string whose search path is this schema.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
