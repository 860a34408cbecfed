using KitaBot.Storage.Abstractions;
using KitaBot.Storage.Model;

namespace KitaBot.Storage.Sql;

/// <summary><see cref="IEmailVerification"/> over the portal database.</summary>
internal sealed class SqlEmailVerification(PortalDatabase database) : IEmailVerification
{
    public async Task<CodeIssueResult> IssueCodeAsync(string email, string languageTag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ContactRules.RequireEmail(email, nameof(email));
        ContactRules.RequireLanguageTag(languageTag, nameof(languageTag));
        var folded = TextFolding.Fold(email);
        var now = database.Time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Two requests for one address must not both pass the rate limit.
                await database.SerializeOnAsync(connection, transaction, "verification:" + folded, cancellationToken).ConfigureAwait(false);
                var recent = new List<DateTimeOffset>();
                using (var select = connection.CreateCommand())
                {
                    select.Transaction = transaction;
                    select.CommandText = "SELECT issued_at FROM verification_codes WHERE email_folded = @email_folded AND issued_at > @since ORDER BY issued_at";
                    select.AddParameter("email_folded", folded);
                    database.AddInstant(select, "since", now - VerificationCodes.RateWindow);
                    var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            recent.Add(database.ReadInstant(reader, 0));
                        }
                    }
                }

                if (recent.Count >= VerificationCodes.MaxCodesPerHour)
                {
                    return new CodeRateLimited(recent[^VerificationCodes.MaxCodesPerHour] + VerificationCodes.RateWindow);
                }

                var code = VerificationCodes.NewCode();
                var salt = VerificationCodes.NewSalt();
                var expiresAt = now + VerificationCodes.Lifetime;
                using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = """
                        INSERT INTO verification_codes (id, email_folded, salt, code_hash, issued_at, expires_at, failed_attempts)
                        VALUES (@id, @email_folded, @salt, @code_hash, @now, @expires_at, 0)
                        """;
                    insert.AddParameter("id", Guid.CreateVersion7(now));
                    insert.AddParameter("email_folded", folded);
                    insert.AddParameter("salt", salt);
                    insert.AddParameter("code_hash", VerificationCodes.Hash(salt, folded, code));
                    database.AddInstant(insert, "now", now);
                    database.AddInstant(insert, "expires_at", expiresAt);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var message = new OutboxMessage(email.Trim(), languageTag, new VerificationCodePayload(code, expiresAt));
                await OutboxWriter.EnqueueAsync(database, connection, transaction, message, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new CodeIssued(expiresAt);
            }
        }
    }

    public async Task<CodeVerificationResult> VerifyAsync(string email, string code, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(code);
        var folded = TextFolding.Fold(email);
        var now = database.Time.GetUtcNow();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            Guid id;
            bool matches;
            using (var select = connection.CreateCommand())
            {
                select.CommandText = """
                    SELECT id, salt, code_hash, expires_at, failed_attempts, consumed_at
                    FROM verification_codes WHERE email_folded = @email_folded ORDER BY issued_at DESC, id DESC LIMIT 1
                    """;
                select.AddParameter("email_folded", folded);
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || !reader.IsDBNull(5))
                    {
                        return new NoCodeIssued();
                    }

                    if (database.ReadInstant(reader, 3) <= now)
                    {
                        return new CodeExpired();
                    }

                    if (reader.GetInt32(4) >= VerificationCodes.MaxWrongAttempts)
                    {
                        return new CodeAttemptsExhausted();
                    }

                    id = reader.GetGuid(0);
                    matches = VerificationCodes.Matches(reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2), folded, code);
                }
            }

            // Both outcomes are conditional updates, so concurrent guesses cannot exceed the attempt limit or reuse a code.
            using var update = connection.CreateCommand();
            update.CommandText = matches
                ? "UPDATE verification_codes SET consumed_at = @now WHERE id = @id AND consumed_at IS NULL AND failed_attempts < @max RETURNING failed_attempts"
                : "UPDATE verification_codes SET failed_attempts = failed_attempts + 1 WHERE id = @id AND consumed_at IS NULL AND failed_attempts < @max RETURNING failed_attempts";
            update.AddParameter("id", id);
            update.AddParameter("max", VerificationCodes.MaxWrongAttempts);
            database.AddInstant(update, "now", now);
            var failed = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (failed is null or DBNull)
            {
                return new CodeAttemptsExhausted();
            }

            return matches
                ? new CodeVerified()
                : new CodeWrong(VerificationCodes.MaxWrongAttempts - Convert.ToInt32(failed, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
