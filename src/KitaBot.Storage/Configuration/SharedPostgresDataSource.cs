using KitaBot.Storage.Postgres;
using Npgsql;

namespace KitaBot.Storage.Configuration;

/// <summary>The one PostgreSQL connection pool the state store and the portal store share; disposed with the container.</summary>
internal sealed class SharedPostgresDataSource(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = PostgresDatabase.CreateDataSource(connectionString);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
