using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Configuration;
using KitaBot.Storage.Sql;
using KitaBot.Storage.Postgres;
using KitaBot.Storage.Sqlite;
using Npgsql;

namespace KitaBot.Storage;

/// <summary>
/// The district portal's data, which KitaBot owns: families, e-mail verification, registrations, the outbox and the
/// audit trail, all in one database (SQLite file or PostgreSQL) whose schema is migrated on first use.
/// </summary>
public sealed class PortalStore : IAsyncDisposable
{
    private readonly PortalDatabase _database;

    private PortalStore(PortalDatabase database)
    {
        _database = database;
        Families = new SqlFamilyStore(database);
        Verification = new SqlEmailVerification(database);
        Registrations = new SqlRegistrationStore(database);
        Outbox = new SqlOutbox(database);
        AuditTrail = new SqlAuditTrail(database);
    }

    public IFamilyStore Families { get; }

    public IEmailVerification Verification { get; }

    public IRegistrationStore Registrations { get; }

    public IOutbox Outbox { get; }

    public IAuditTrail AuditTrail { get; }

    /// <summary>
    /// The portal data in a SQLite file (created with its folder when missing). Its commits are always fsynced
    /// (<see cref="SqliteDurability.Full"/>): a released registration is a legal record and writes are rare.
    /// </summary>
    public static PortalStore Sqlite(string path, TimeProvider time) =>
        new(new SqlitePortalDatabase(path, SqliteDurability.Full, time));

    /// <summary>The portal data in PostgreSQL over a shared data source (the caller disposes it).</summary>
    public static PortalStore Postgres(NpgsqlDataSource dataSource, TimeProvider time) =>
        new(new PostgresPortalDatabase(dataSource, ownsDataSource: false, time));

    /// <summary>The portal data in PostgreSQL over a data source of its own.</summary>
    public static PortalStore Postgres(string connectionString, TimeProvider time) =>
        new(new PostgresPortalDatabase(PostgresDatabase.CreateDataSource(connectionString), ownsDataSource: true, time));

    /// <summary>Releases the data source when the store owns it.</summary>
    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
