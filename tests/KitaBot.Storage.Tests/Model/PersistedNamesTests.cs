using System.Text.Json;
using KitaBot.Storage.Model;
using KitaBot.Storage.Sql;

namespace KitaBot.Storage.Tests.Model;

/// <summary>What is persisted uses stable names, never CLR type names or enum numbers.</summary>
public sealed class PersistedNamesTests
{
    [Fact]
    public void Outbox_payloads_carry_a_stable_kind_name()
    {
        OutboxPayload[] payloads =
        [
            new ConfirmationEmailPayload(["KB-2026-7K3M9Q"]),
            new StatusNotificationPayload("KB-2026-7K3M9Q", RegistrationStatus.Offered, new DateOnly(2026, 4, 15)),
            new VerificationCodePayload("042137", new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero)),
        ];

        var json = payloads.Select(p => JsonSerializer.Serialize(p, StorageJsonContext.Default.OutboxPayload)).ToList();

        Assert.Equal(
            [
                """{"kind":"confirmation-email","referenceNumbers":["KB-2026-7K3M9Q"]}""",
                """{"kind":"status-notification","referenceNumber":"KB-2026-7K3M9Q","status":"Offered","offerDeadline":"2026-04-15"}""",
                """{"kind":"verification-code","code":"042137","expiresAt":"2026-03-02T09:15:00+00:00"}""",
            ],
            json);
        Assert.Equal(payloads[1], JsonSerializer.Deserialize(json[1], StorageJsonContext.Default.OutboxPayload));
    }

    [Fact]
    public void Enum_columns_hold_kebab_case_names()
    {
        Assert.Equal("on-waitlist", StoredNames.Of(RegistrationStatus.OnWaitlist));
        Assert.Equal("kreis-steinfurt", StoredNames.Of(DistrictPortal.KreisSteinfurt));
        Assert.Equal("status-notification", StoredNames.Of(OutboxMessageKind.StatusNotification));
        Assert.Equal(ChildminderContact.KnowsChildminder, StoredNames.Parse<ChildminderContact>("knows-childminder"));
        Assert.Throws<InvalidDataException>(() => StoredNames.Parse<RegistrationStatus>("OnWaitlist"));
    }
}
