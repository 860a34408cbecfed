using System.Data.Common;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Portal;

/// <summary>Reads registrations with their status history. Filters are SQL fragments over the alias <c>r</c> with parameters.</summary>
internal static class RegistrationRows
{
    private const string Columns = """
        r.id, r.reference_number, r.child_id, r.portal, r.care_type, r.facility_id, r.rank, r.desired_start,
        r.weekly_hours, r.hours_pattern, r.inclusion_needed, r.inclusion_note, r.health_consent_at, r.place_change,
        r.current_facility_note, r.childminder_contact, r.childminder_name, r.childminder_comment, r.comment, r.status,
        r.offer_deadline, r.row_version, r.created_at, r.updated_at, r.erased_at
        """;

    public static async Task<IReadOnlyList<Registration>> ReadAsync(
        PortalDatabase database,
        DbConnection connection,
        DbTransaction? transaction,
        string filter,
        Action<DbCommand> bind,
        CancellationToken cancellationToken)
    {
        var history = await ReadHistoryAsync(database, connection, transaction, filter, bind, cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM registrations r WHERE {filter} ORDER BY r.created_at, r.position";
        bind(command);
        var registrations = new List<Registration>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                registrations.Add(new Registration(
                    id,
                    reader.GetString(1),
                    reader.GetNullableGuid(2),
                    ReadDetails(database, reader),
                    StoredNames.Parse<RegistrationStatus>(reader.GetString(19)),
                    reader.GetNullableDate(20),
                    reader.GetInt64(21),
                    history.TryGetValue(id, out var changes) ? changes : [],
                    database.ReadInstant(reader, 22),
                    database.ReadInstant(reader, 23),
                    database.ReadNullableInstant(reader, 24)));
            }
        }

        return registrations;
    }

    private static RegistrationDetails ReadDetails(PortalDatabase database, DbDataReader reader)
    {
        var inclusion = reader.GetBoolean(10)
            ? new InclusionNeed(reader.GetNullableString(11), database.ReadInstant(reader, 12))
            : null;
        var placeChange = reader.GetBoolean(13) ? new PlaceChange(reader.GetNullableString(14)) : null;
        var childminder = reader.GetNullableString(15) is { } contact
            ? new ChildminderRequest(StoredNames.Parse<ChildminderContact>(contact), reader.GetNullableString(16), reader.GetNullableString(17))
            : null;
        return new RegistrationDetails(
            StoredNames.Parse<DistrictPortal>(reader.GetString(3)),
            StoredNames.Parse<CareType>(reader.GetString(4)),
            reader.GetNullableString(5),
            reader.GetInt32(6),
            reader.GetFieldValue<DateOnly>(7),
            (WeeklyHours)reader.GetInt32(8),
            reader.GetNullableString(9) is { } pattern ? StoredNames.Parse<HoursPattern>(pattern) : null,
            inclusion,
            placeChange,
            childminder,
            reader.GetNullableString(18));
    }

    private static async Task<Dictionary<Guid, List<StatusChange>>> ReadHistoryAsync(
        PortalDatabase database,
        DbConnection connection,
        DbTransaction? transaction,
        string filter,
        Action<DbCommand> bind,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT h.registration_id, h.status, h.at, h.actor_kind, h.actor_id, h.note, h.offer_deadline
            FROM registration_history h
            WHERE h.registration_id IN (SELECT r.id FROM registrations r WHERE {filter})
            ORDER BY h.registration_id, h.version
            """;
        bind(command);
        var history = new Dictionary<Guid, List<StatusChange>>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetGuid(0);
                if (!history.TryGetValue(id, out var changes))
                {
                    history[id] = changes = [];
                }

                changes.Add(new StatusChange(
                    StoredNames.Parse<RegistrationStatus>(reader.GetString(1)),
                    database.ReadInstant(reader, 2),
                    new Actor(StoredNames.Parse<ActorKind>(reader.GetString(3)), reader.GetString(4)),
                    reader.GetNullableString(5),
                    reader.GetNullableDate(6)));
            }
        }

        return history;
    }
}
