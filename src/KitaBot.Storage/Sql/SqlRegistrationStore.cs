using System.Data.Common;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Storage.Sql;

/// <summary><see cref="IRegistrationStore"/> over the portal database.</summary>
internal sealed class SqlRegistrationStore(PortalDatabase database) : IRegistrationStore
{
    private const int MaxPageSize = 200;
    private const string SearchFrom = """
        FROM registrations r
        LEFT JOIN children c ON c.id = r.child_id
        LEFT JOIN families f ON f.id = c.family_id
        """;

    public async Task<ReleaseResult> ReleaseAsync(ReleaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        if (request.Children.Count == 0 || request.Children.Any(c => c.Registrations.Count == 0))
        {
            throw new ArgumentException("A release needs at least one child with at least one registration.", nameof(request));
        }

        foreach (var submission in request.Children)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(submission.Child.FirstName);
            ArgumentException.ThrowIfNullOrWhiteSpace(submission.Child.LastName);
            foreach (var details in submission.Registrations)
            {
                details.Validate();
            }
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var family = await FamilyRows.ReadFamilyAsync(
                    database, connection, transaction, "id = @id", c => c.AddParameter("id", request.FamilyId), cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException("No family with this id.");
                if (!await ClaimIdempotencyKeyAsync(connection, transaction, request, cancellationToken).ConfigureAwait(false))
                {
                    // Someone released with this key before (or concurrently, and committed first): answer with that result.
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return await ReadReleaseAsync(connection, request, cancellationToken).ConfigureAwait(false);
                }

                var released = new List<ReleasedRegistration>();
                for (var position = 0; position < request.Children.Count; position++)
                {
                    var submission = request.Children[position];
                    var childId = await InsertChildAsync(connection, transaction, family.Id, position, submission.Child, cancellationToken).ConfigureAwait(false);
                    foreach (var details in submission.Registrations)
                    {
                        released.Add(await InsertRegistrationAsync(
                            connection, transaction, request, released.Count, childId, details, cancellationToken).ConfigureAwait(false));
                    }
                }

                var confirmation = new ConfirmationEmailPayload(released.Select(r => r.ReferenceNumber).ToList());
                await OutboxWriter.EnqueueAsync(database, connection, transaction, new OutboxMessage(family.Email, family.LanguageTag, confirmation), cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ReleaseResult(released, IsReplay: false);
            }
        }
    }

    public async Task<Registration?> FindByReferenceAsync(string referenceNumber, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadByReferenceAsync(connection, ReferenceNumbers.Normalize(referenceNumber), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<RegistrationSearchPage> SearchAsync(RegistrationSearch search, CancellationToken cancellationToken)
    {
        var page = Math.Max(0, search.Page);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var filters = new List<string>();
        var binders = new List<Action<DbCommand>>();
        if (!string.IsNullOrWhiteSpace(search.ReferenceNumber))
        {
            filters.Add("r.reference_number = @reference_number");
            binders.Add(c => c.AddParameter("reference_number", ReferenceNumbers.Normalize(search.ReferenceNumber)));
        }

        if (!string.IsNullOrWhiteSpace(search.NamePrefix))
        {
            filters.Add(@"(c.last_name_folded LIKE @name_prefix ESCAPE '\' OR f.name_folded LIKE @name_prefix ESCAPE '\')");
            binders.Add(c => c.AddParameter("name_prefix", TextFolding.StartsWithPattern(search.NamePrefix)));
        }

        if (search.Status is { } status)
        {
            filters.Add("r.status = @status");
            binders.Add(c => c.AddParameter("status", StoredNames.Of(status)));
        }

        if (search.Portal is { } portal)
        {
            filters.Add("r.portal = @portal");
            binders.Add(c => c.AddParameter("portal", StoredNames.Of(portal)));
        }

        var where = filters.Count == 0 ? "1 = 1" : string.Join(" AND ", filters);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            int total;
            using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT COUNT(*) {SearchFrom} WHERE {where}";
                binders.ForEach(bind => bind(count));
                total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }

            using var select = connection.CreateCommand();
            select.CommandText = $"""
                SELECT r.id, r.reference_number, r.portal, r.status, r.care_type, r.facility_id, r.rank, r.desired_start,
                       c.first_name, c.last_name, f.name, r.row_version, r.updated_at
                {SearchFrom}
                WHERE {where}
                ORDER BY r.created_at DESC, r.position
                LIMIT @limit OFFSET @offset
                """;
            binders.ForEach(bind => bind(select));
            select.AddParameter("limit", pageSize);
            select.AddParameter("offset", page * pageSize);
            var items = new List<RegistrationSummary>();
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    items.Add(new RegistrationSummary(
                        reader.GetGuid(0),
                        reader.GetString(1),
                        StoredNames.Parse<DistrictPortal>(reader.GetString(2)),
                        StoredNames.Parse<RegistrationStatus>(reader.GetString(3)),
                        StoredNames.Parse<CareType>(reader.GetString(4)),
                        reader.GetNullableString(5),
                        reader.GetInt32(6),
                        reader.GetFieldValue<DateOnly>(7),
                        reader.GetNullableString(8),
                        reader.GetNullableString(9),
                        reader.GetNullableString(10),
                        reader.GetInt64(11),
                        database.ReadInstant(reader, 12)));
                }
            }

            return new RegistrationSearchPage(items, total, page, pageSize);
        }
    }

    public Task<StatusChangeResult> ChangeStatusAsync(StatusChangeRequest request, CancellationToken cancellationToken) =>
        ChangeStatusAsync(
            request.RegistrationId, request.ExpectedRowVersion, owner: null, request.NewStatus, request.By, request.Note, request.OfferDeadline, cancellationToken);

    public Task<StatusChangeResult> WithdrawAsync(Guid familyId, Guid registrationId, string? note, CancellationToken cancellationToken) =>
        ChangeStatusAsync(
            registrationId, expectedRowVersion: null, owner: familyId, RegistrationStatus.Withdrawn, Actor.ForFamily(familyId), note, null, cancellationToken);

    private async Task<StatusChangeResult> ChangeStatusAsync(
        Guid registrationId,
        long? expectedRowVersion,
        Guid? owner,
        RegistrationStatus newStatus,
        Actor by,
        string? note,
        DateOnly? offerDeadline,
        CancellationToken cancellationToken)
    {
        if (newStatus == RegistrationStatus.Offered && offerDeadline is null)
        {
            throw new ArgumentException("An offer needs the date by which the family must answer.", nameof(offerDeadline));
        }

        var deadline = newStatus == RegistrationStatus.Offered ? offerDeadline : null;
        var now = database.Time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var current = await ReadCurrentAsync(connection, transaction, registrationId, cancellationToken).ConfigureAwait(false);
                if (current is null || (owner is not null && current.FamilyId != owner))
                {
                    return new StatusChangeResult(StatusChangeOutcome.NotFound, null);
                }

                var expected = expectedRowVersion ?? current.RowVersion;
                var outcome = current.RowVersion != expected ? StatusChangeOutcome.VersionConflict
                    : !RegistrationStatusRules.CanChange(current.Status, newStatus) ? StatusChangeOutcome.NotAllowed
                    : await UpdateStatusAsync(connection, transaction, registrationId, expected, newStatus, deadline, now, cancellationToken).ConfigureAwait(false)
                        ? StatusChangeOutcome.Changed
                        : StatusChangeOutcome.VersionConflict;
                if (outcome != StatusChangeOutcome.Changed)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new StatusChangeResult(outcome, await ReadByIdAsync(connection, registrationId, cancellationToken).ConfigureAwait(false));
                }

                await InsertHistoryAsync(connection, transaction, registrationId, expected + 1, new StatusChange(newStatus, now, by, note, deadline), cancellationToken)
                    .ConfigureAwait(false);
                await AuditWriter.WriteAsync(
                    database, connection, transaction, by, "registration.status-changed", "registration", registrationId,
                    $"{StoredNames.Of(current.Status)} -> {StoredNames.Of(newStatus)}", cancellationToken).ConfigureAwait(false);
                if (current.Email is not null && current.LanguageTag is not null)
                {
                    var notification = new StatusNotificationPayload(current.ReferenceNumber, newStatus, deadline);
                    await OutboxWriter.EnqueueAsync(
                        database, connection, transaction, new OutboxMessage(current.Email, current.LanguageTag, notification), cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return new StatusChangeResult(StatusChangeOutcome.Changed, await ReadByIdAsync(connection, registrationId, cancellationToken).ConfigureAwait(false));
        }
    }

    private static async Task<CurrentRegistration?> ReadCurrentAsync(DbConnection connection, DbTransaction transaction, Guid registrationId, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT r.status, r.row_version, r.reference_number, c.family_id, f.email, f.language_tag {SearchFrom} WHERE r.id = @id";
        command.AddParameter("id", registrationId);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new CurrentRegistration(
                    StoredNames.Parse<RegistrationStatus>(reader.GetString(0)),
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.GetNullableGuid(3),
                    reader.GetNullableString(4),
                    reader.GetNullableString(5))
                : null;
        }
    }

    private async Task<bool> UpdateStatusAsync(
        DbConnection connection,
        DbTransaction transaction,
        Guid registrationId,
        long expectedRowVersion,
        RegistrationStatus newStatus,
        DateOnly? offerDeadline,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE registrations SET status = @status, offer_deadline = @offer_deadline, row_version = row_version + 1, updated_at = @now
            WHERE id = @id AND row_version = @expected
            """;
        command.AddParameter("status", StoredNames.Of(newStatus));
        command.AddParameter("offer_deadline", offerDeadline);
        database.AddInstant(command, "now", now);
        command.AddParameter("id", registrationId);
        command.AddParameter("expected", expectedRowVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<bool> ClaimIdempotencyKeyAsync(DbConnection connection, DbTransaction transaction, ReleaseRequest request, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO releases (idempotency_key, family_id, released_at) VALUES (@key, @family_id, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """;
        command.AddParameter("key", request.IdempotencyKey);
        command.AddParameter("family_id", request.FamilyId);
        database.AddInstant(command, "now", database.Time.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<ReleaseResult> ReadReleaseAsync(DbConnection connection, ReleaseRequest request, CancellationToken cancellationToken)
    {
        using (var owner = connection.CreateCommand())
        {
            owner.CommandText = "SELECT family_id FROM releases WHERE idempotency_key = @key";
            owner.AddParameter("key", request.IdempotencyKey);
            var ownerReader = await owner.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (ownerReader.ConfigureAwait(false))
            {
                if (!await ownerReader.ReadAsync(cancellationToken).ConfigureAwait(false) || ownerReader.GetNullableGuid(0) != request.FamilyId)
                {
                    throw new ArgumentException("This idempotency key belongs to another release.", nameof(request));
                }
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, child_id, reference_number, portal, rank FROM registrations WHERE release_key = @key ORDER BY position";
        command.AddParameter("key", request.IdempotencyKey);
        var released = new List<ReleasedRegistration>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                released.Add(new ReleasedRegistration(
                    reader.GetGuid(0), reader.GetNullableGuid(1), reader.GetString(2), StoredNames.Parse<DistrictPortal>(reader.GetString(3)), reader.GetInt32(4)));
            }
        }

        return new ReleaseResult(released, IsReplay: true);
    }

    private async Task<Guid> InsertChildAsync(
        DbConnection connection, DbTransaction transaction, Guid familyId, int position, NewChild child, CancellationToken cancellationToken)
    {
        var now = database.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO children (id, family_id, position, first_name, last_name, last_name_folded, birth_date, birth_is_due_date, siblings_note, created_at)
            VALUES (@id, @family_id, @position, @first_name, @last_name, @last_name_folded, @birth_date, @birth_is_due_date, @siblings_note, @now)
            """;
        command.AddParameter("id", id);
        command.AddParameter("family_id", familyId);
        command.AddParameter("position", position);
        command.AddParameter("first_name", child.FirstName.Trim());
        command.AddParameter("last_name", child.LastName.Trim());
        command.AddParameter("last_name_folded", TextFolding.Fold(child.LastName));
        command.AddParameter("birth_date", child.Birth.Date);
        command.AddParameter("birth_is_due_date", child.Birth.IsDueDate);
        command.AddParameter("siblings_note", child.SiblingsInCareNote);
        database.AddInstant(command, "now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    private async Task<ReleasedRegistration> InsertRegistrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        ReleaseRequest request,
        int position,
        Guid childId,
        RegistrationDetails details,
        CancellationToken cancellationToken)
    {
        var now = database.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO registrations (
                id, reference_number, release_key, position, portal, child_id, care_type, facility_id, rank, desired_start,
                weekly_hours, hours_pattern, inclusion_needed, inclusion_note, health_consent_at, place_change, current_facility_note,
                childminder_contact, childminder_name, childminder_comment, comment, status, row_version, created_at, updated_at)
            VALUES (
                @id, @reference_number, @release_key, @position, @portal, @child_id, @care_type, @facility_id, @rank, @desired_start,
                @weekly_hours, @hours_pattern, @inclusion_needed, @inclusion_note, @health_consent_at, @place_change, @current_facility_note,
                @childminder_contact, @childminder_name, @childminder_comment, @comment, 'released', 1, @now, @now)
            ON CONFLICT (reference_number) DO NOTHING
            """;
        command.AddParameter("id", id);
        var reference = command.AddParameter("reference_number", string.Empty);
        command.AddParameter("release_key", request.IdempotencyKey);
        command.AddParameter("position", position);
        command.AddParameter("portal", StoredNames.Of(details.Portal));
        command.AddParameter("child_id", childId);
        command.AddParameter("care_type", StoredNames.Of(details.CareType));
        command.AddParameter("facility_id", details.FacilityId);
        command.AddParameter("rank", details.Rank);
        command.AddParameter("desired_start", details.DesiredStart);
        command.AddParameter("weekly_hours", (int)details.Hours);
        command.AddParameter("hours_pattern", StoredNames.OfNullable(details.Pattern));
        command.AddParameter("inclusion_needed", details.Inclusion is not null);
        command.AddParameter("inclusion_note", details.Inclusion?.Note);
        database.AddInstant(command, "health_consent_at", details.Inclusion?.HealthDataConsentAt);
        command.AddParameter("place_change", details.PlaceChange is not null);
        command.AddParameter("current_facility_note", details.PlaceChange?.CurrentFacilityNote);
        command.AddParameter("childminder_contact", StoredNames.OfNullable(details.Childminder?.Contact));
        command.AddParameter("childminder_name", details.Childminder?.ChildminderName);
        command.AddParameter("childminder_comment", details.Childminder?.Comment);
        command.AddParameter("comment", details.Comment);
        database.AddInstant(command, "now", now);

        // A clash of random reference numbers is very unlikely (31^6 per year); ON CONFLICT lets us draw again
        // without aborting the transaction.
        string referenceNumber;
        var attempts = 0;
        do
        {
            referenceNumber = ReferenceNumbers.New(now);
            reference.Value = referenceNumber;
            if (++attempts > 10)
            {
                throw new InvalidOperationException("Could not find a free reference number.");
            }
        }
        while (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0);

        var by = Actor.ForFamily(request.FamilyId);
        await InsertHistoryAsync(connection, transaction, id, 1, new StatusChange(RegistrationStatus.Released, now, by, null, null), cancellationToken).ConfigureAwait(false);
        await AuditWriter.WriteAsync(
            database, connection, transaction, by, "registration.released", "registration", id, StoredNames.Of(details.Portal), cancellationToken).ConfigureAwait(false);
        return new ReleasedRegistration(id, childId, referenceNumber, details.Portal, details.Rank);
    }

    private async Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, Guid registrationId, long version, StatusChange change, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO registration_history (registration_id, version, status, at, actor_kind, actor_id, note, offer_deadline)
            VALUES (@registration_id, @version, @status, @at, @actor_kind, @actor_id, @note, @offer_deadline)
            """;
        command.AddParameter("registration_id", registrationId);
        command.AddParameter("version", version);
        command.AddParameter("status", StoredNames.Of(change.Status));
        database.AddInstant(command, "at", change.At);
        command.AddParameter("actor_kind", StoredNames.Of(change.By.Kind));
        command.AddParameter("actor_id", change.By.Id);
        command.AddParameter("note", change.Note);
        command.AddParameter("offer_deadline", change.OfferDeadline);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Registration?> ReadByReferenceAsync(DbConnection connection, string referenceNumber, CancellationToken cancellationToken) =>
        (await RegistrationRows.ReadAsync(
            database, connection, null, "r.reference_number = @reference_number", c => c.AddParameter("reference_number", referenceNumber), cancellationToken)
            .ConfigureAwait(false)).SingleOrDefault();

    private async Task<Registration?> ReadByIdAsync(DbConnection connection, Guid registrationId, CancellationToken cancellationToken) =>
        (await RegistrationRows.ReadAsync(database, connection, null, "r.id = @id", c => c.AddParameter("id", registrationId), cancellationToken)
            .ConfigureAwait(false)).SingleOrDefault();
}
