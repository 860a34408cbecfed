using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary><see cref="IAuditTrail"/> over the portal database.</summary>
internal sealed class SqlAuditTrail(PortalDatabase database) : IAuditTrail
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(Guid entityId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await AuditRows.ReadAsync(database, connection, "entity_id = @entity_id", c => c.AddParameter("entity_id", entityId), cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
