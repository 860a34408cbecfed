using System.Data.Common;
using System.Globalization;
using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Storage.Sql;

/// <summary><see cref="IFamilyStore"/> over the portal database.</summary>
internal sealed class SqlFamilyStore(PortalDatabase database) : IFamilyStore
{
    private const string FamilyRegistrations = "r.child_id IN (SELECT c.id FROM children c WHERE c.family_id = @family_id)";
    // Constant SQL list of the final statuses, e.g. ('withdrawn', 'contract-signed'), from the status rules.
    private static readonly string FinalStatuses =
        "(" + string.Join(", ", Enum.GetValues<RegistrationStatus>().Where(RegistrationStatusRules.IsFinal).Select(s => $"'{StoredNames.Of(s)}'")) + ")";

    public async Task<Family> CreateAsync(NewFamily family, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family.Email);
        ContactRules.RequireEmail(family.Email, nameof(family));
        var now = database.Time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = """
                        INSERT INTO families (id, name, name_folded, email, email_folded, phone, street, house_number, postcode, town_id,
                                              ortsteil, language_tag, created_at, updated_at)
                        VALUES (@id, @name, @name_folded, @email, @email_folded, @phone, @street, @house_number, @postcode, @town_id,
                                @ortsteil, @language_tag, @now, @now)
                        ON CONFLICT (email_folded) DO NOTHING
                        """;
                    insert.AddParameter("id", id);
                    insert.AddParameter("email", family.Email.Trim());
                    insert.AddParameter("email_folded", TextFolding.Fold(family.Email));
                    BindContact(insert, new ContactDetails(family.Name, family.Phone, family.Address, family.LanguageTag));
                    database.AddInstant(insert, "now", now);
                    if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    {
                        throw new DuplicateEmailException();
                    }
                }

                await AuditWriter.WriteAsync(database, connection, transaction, Actor.ForFamily(id), "family.created", "family", id, null, cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return (await ReadByIdAsync(connection, null, id, cancellationToken).ConfigureAwait(false))!;
        }
    }

    public async Task<Family?> GetAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadByIdAsync(connection, null, familyId, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Family?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await FamilyRows.ReadFamilyAsync(
                database, connection, null, "email_folded = @email_folded", c => c.AddParameter("email_folded", TextFolding.Fold(email)), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task<Family?> UpdateContactDetailsAsync(Guid familyId, ContactDetails details, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var update = connection.CreateCommand())
                {
                    update.Transaction = transaction;
                    update.CommandText = """
                        UPDATE families SET name = @name, name_folded = @name_folded, phone = @phone, street = @street,
                            house_number = @house_number, postcode = @postcode, town_id = @town_id, ortsteil = @ortsteil,
                            language_tag = @language_tag, updated_at = @now
                        WHERE id = @id
                        """;
                    update.AddParameter("id", familyId);
                    BindContact(update, details);
                    database.AddInstant(update, "now", database.Time.GetUtcNow());
                    if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return null;
                    }
                }

                await AuditWriter.WriteAsync(
                    database, connection, transaction, Actor.ForFamily(familyId), "family.contact-updated", "family", familyId, null, cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await ReadByIdAsync(connection, null, familyId, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<FamilyOverview?> GetOverviewAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadOverviewAsync(connection, familyId, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<FamilyExport?> ExportAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var overview = await ReadOverviewAsync(connection, familyId, cancellationToken).ConfigureAwait(false);
            if (overview is null)
            {
                return null;
            }

            var audit = await AuditRows.ReadAsync(
                database,
                connection,
                "entity_id = @family_id OR entity_id IN (SELECT r.id FROM registrations r WHERE " + FamilyRegistrations + ")",
                c => c.AddParameter("family_id", familyId),
                cancellationToken).ConfigureAwait(false);
            return new FamilyExport(database.Time.GetUtcNow(), overview.Family, overview.Children, audit);
        }
    }

    public async Task<bool> EraseAsync(Guid familyId, Actor by, CancellationToken cancellationToken)
    {
        var now = database.Time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var family = await ReadByIdAsync(connection, transaction, familyId, cancellationToken).ConfigureAwait(false);
                if (family is null)
                {
                    return false;
                }

                async Task<int> Execute(string sql)
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    command.AddParameter("family_id", familyId);
                    command.AddParameter("email_folded", TextFolding.Fold(family.Email));
                    command.AddParameter("actor_kind", StoredNames.Of(by.Kind));
                    command.AddParameter("actor_id", by.Id);
                    database.AddInstant(command, "now", now);
                    return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // Open registrations are withdrawn first, with a history entry, so staff see why they stopped.
                await Execute($"""
                    INSERT INTO registration_history (registration_id, version, status, at, actor_kind, actor_id, note, offer_deadline)
                    SELECT r.id, r.row_version + 1, 'withdrawn', @now, @actor_kind, @actor_id, NULL, NULL
                    FROM registrations r WHERE {FamilyRegistrations} AND r.status NOT IN {FinalStatuses}
                    """).ConfigureAwait(false);
                await Execute($"""
                    UPDATE registrations SET status = 'withdrawn', offer_deadline = NULL, row_version = row_version + 1
                    WHERE child_id IN (SELECT c.id FROM children c WHERE c.family_id = @family_id) AND status NOT IN {FinalStatuses}
                    """).ConfigureAwait(false);
                await Execute($"UPDATE registration_history SET note = NULL WHERE registration_id IN (SELECT r.id FROM registrations r WHERE {FamilyRegistrations})")
                    .ConfigureAwait(false);
                var anonymised = await Execute("""
                    UPDATE registrations SET child_id = NULL, inclusion_needed = FALSE, inclusion_note = NULL, health_consent_at = NULL,
                        current_facility_note = NULL, childminder_name = NULL, childminder_comment = NULL, comment = NULL,
                        erased_at = @now, updated_at = @now, row_version = row_version + 1
                    WHERE child_id IN (SELECT c.id FROM children c WHERE c.family_id = @family_id)
                    """).ConfigureAwait(false);
                await Execute("UPDATE releases SET family_id = NULL WHERE family_id = @family_id").ConfigureAwait(false);
                await Execute("DELETE FROM verification_codes WHERE email_folded = @email_folded").ConfigureAwait(false);
                await Execute("DELETE FROM outbox WHERE recipient_folded = @email_folded").ConfigureAwait(false);
                await Execute("DELETE FROM children WHERE family_id = @family_id").ConfigureAwait(false);
                await Execute("DELETE FROM families WHERE id = @family_id").ConfigureAwait(false);
                await AuditWriter.WriteAsync(
                    database, connection, transaction, by, "family.erased", "family", familyId,
                    string.Create(CultureInfo.InvariantCulture, $"registrations-anonymised={anonymised}"), cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    private static void BindContact(DbCommand command, ContactDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        ContactRules.RequirePhone(details.Phone, nameof(details));
        ContactRules.RequireLanguageTag(details.LanguageTag, nameof(details));
        command.AddParameter("name", details.Name.Trim());
        command.AddParameter("name_folded", TextFolding.Fold(details.Name));
        command.AddParameter("phone", details.Phone.Trim());
        command.AddParameter("street", details.Address.Street);
        command.AddParameter("house_number", details.Address.HouseNumber);
        command.AddParameter("postcode", details.Address.Postcode);
        command.AddParameter("town_id", details.Address.TownId);
        command.AddParameter("ortsteil", details.Address.Ortsteil);
        command.AddParameter("language_tag", details.LanguageTag);
    }

    private Task<Family?> ReadByIdAsync(DbConnection connection, DbTransaction? transaction, Guid familyId, CancellationToken cancellationToken) =>
        FamilyRows.ReadFamilyAsync(database, connection, transaction, "id = @id", c => c.AddParameter("id", familyId), cancellationToken);

    private async Task<FamilyOverview?> ReadOverviewAsync(DbConnection connection, Guid familyId, CancellationToken cancellationToken)
    {
        var family = await ReadByIdAsync(connection, null, familyId, cancellationToken).ConfigureAwait(false);
        if (family is null)
        {
            return null;
        }

        var children = await FamilyRows.ReadChildrenAsync(connection, familyId, cancellationToken).ConfigureAwait(false);
        var registrations = await RegistrationRows.ReadAsync(
            database, connection, null, FamilyRegistrations, c => c.AddParameter("family_id", familyId), cancellationToken).ConfigureAwait(false);
        var byChild = registrations.ToLookup(r => r.ChildId);
        return new FamilyOverview(family, children.Select(child => new ChildRegistrations(child, byChild[child.Id].ToList())).ToList());
    }
}
