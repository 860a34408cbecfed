using KitaBot.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KitaBot.Storage.Tests.Portal;

/// <summary>The portal contract against a real SQLite file.</summary>
public sealed class SqlitePortalStoreTests : PortalStoreContract
{
    private readonly TempDirectory _directory = new();

    protected override Task<PortalStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult(PortalStore.Sqlite(_directory.File("portal.db"), time));

    protected override Task DisposeResourcesAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Only_a_salted_hash_of_a_code_is_kept_and_the_mailed_copy_is_dropped_once_sent()
    {
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        await Store.Verification.IssueCodeAsync("b@example.org", "de-DE", CancellationToken.None);
        var claimed = await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None);
        var codes = claimed.Select(c => ((Storage.Model.VerificationCodePayload)c.Message.Payload).Code).ToList();
        foreach (var message in claimed)
        {
            await Store.Outbox.MarkSentAsync(message.Id, message.LeaseToken, CancellationToken.None);
        }

        await using var connection = new SqliteConnection($"Data Source={_directory.File("portal.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var hashes = connection.CreateCommand();
        hashes.CommandText = "SELECT salt, code_hash FROM verification_codes";
        var rows = new List<(byte[] Salt, byte[] Hash)>();
        await using (var reader = await hashes.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        await using var payloads = connection.CreateCommand();
        payloads.CommandText = "SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL";

        Assert.Equal(2, rows.Count);
        Assert.NotEqual(rows[0].Salt, rows[1].Salt);
        Assert.All(rows, r => Assert.Equal(32, r.Hash.Length));
        Assert.All(rows, r => Assert.DoesNotContain(codes, c => System.Text.Encoding.UTF8.GetString(r.Hash).Contains(c, StringComparison.Ordinal)));
        Assert.Equal(0L, await payloads.ExecuteScalarAsync());
    }
}
