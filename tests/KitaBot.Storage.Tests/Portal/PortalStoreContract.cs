using System.Text.Json;
using System.Text.RegularExpressions;
using KitaBot.Storage.Model;
using KitaBot.Storage.Tests.Infrastructure;
using static KitaBot.Storage.Tests.Portal.PortalSamples;

namespace KitaBot.Storage.Tests.Portal;

/// <summary>The behaviour of the portal store, run against every database; one derived class per implementation.</summary>
public abstract partial class PortalStoreContract : IAsyncLifetime
{
    private PortalStore? _store;

    protected ManualTimeProvider Time { get; } = new(Start);

    protected PortalStore Store => _store ?? throw new InvalidOperationException("Store not created.");

    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await DisposeResourcesAsync();
    }

    protected abstract Task<PortalStore> CreateStoreAsync(TimeProvider time);

    protected abstract Task DisposeResourcesAsync();

    // ---- Families ----

    [Fact]
    public async Task A_family_is_found_by_its_email_in_any_case()
    {
        var created = await Store.Families.CreateAsync(Family(email: "Olena.Kovalenko@Example.org"), CancellationToken.None);

        var found = await Store.Families.FindByEmailAsync("  olena.kovalenko@EXAMPLE.org ", CancellationToken.None);

        Assert.Equal(created, found);
        Assert.Equal("Olena.Kovalenko@Example.org", found!.Email);
        Assert.Equal("uk-UA", found.LanguageTag);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Equal(created, await Store.Families.GetAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_second_account_for_the_same_email_in_another_case_is_refused()
    {
        await Store.Families.CreateAsync(Family(email: "a@example.org"), CancellationToken.None);

        await Assert.ThrowsAsync<DuplicateEmailException>(() => Store.Families.CreateAsync(Family("Other", "A@EXAMPLE.ORG"), CancellationToken.None));
    }

    [Theory]
    [InlineData("not-an-email", "+4929211234567", "de-DE")]
    [InlineData("a@example.org", "02921 1234567", "de-DE")]
    [InlineData("a@example.org", "+4929211234567", "Deutsch")]
    public async Task Malformed_contact_data_is_refused(string email, string phone, string languageTag)
    {
        var family = Family() with { Email = email, Phone = phone, LanguageTag = languageTag };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.Families.CreateAsync(family, CancellationToken.None));
        Assert.Null(await Store.Families.FindByEmailAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task Contact_details_can_be_updated()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(3));
        var details = new ContactDetails("Olena Schmidt", "+4925511234", new PostalAddress("Marktplatz", "1", "48565", "steinfurt", null), "de-DE");

        var updated = await Store.Families.UpdateContactDetailsAsync(family.Id, details, CancellationToken.None);

        Assert.Equal(family with { Name = "Olena Schmidt", Phone = "+4925511234", Address = details.Address, LanguageTag = "de-DE", UpdatedAt = Time.GetUtcNow() }, updated);
        Assert.Null(await Store.Families.UpdateContactDetailsAsync(Guid.NewGuid(), details, CancellationToken.None));
        Assert.Null(await Store.Families.GetAsync(Guid.NewGuid(), CancellationToken.None));
    }

    // ---- E-mail verification ----

    [Fact]
    public async Task An_issued_code_is_mailed_through_the_outbox_and_verifies_once()
    {
        var issued = Assert.IsType<CodeIssued>(await Store.Verification.IssueCodeAsync("New@Example.org", "ar-SA", CancellationToken.None));
        var code = await ClaimCodeAsync("New@Example.org");

        Assert.Equal(Start + TimeSpan.FromMinutes(15), issued.ExpiresAt);
        Assert.Matches("^[0-9]{6}$", code);
        Assert.IsType<CodeVerified>(await Store.Verification.VerifyAsync("new@example.org", code, CancellationToken.None));
        Assert.IsType<NoCodeIssued>(await Store.Verification.VerifyAsync("new@example.org", code, CancellationToken.None));
    }

    [Fact]
    public async Task Wrong_codes_count_down_and_then_lock_the_code()
    {
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        var code = await ClaimCodeAsync("a@example.org");
        var wrong = code == "000000" ? "111111" : "000000";

        var remaining = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            remaining.Add(Assert.IsType<CodeWrong>(await Store.Verification.VerifyAsync("a@example.org", wrong, CancellationToken.None)).RemainingAttempts);
        }

        Assert.Equal([4, 3, 2, 1, 0], remaining);
        Assert.IsType<CodeAttemptsExhausted>(await Store.Verification.VerifyAsync("a@example.org", code, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_guesses_never_exceed_the_attempt_limit()
    {
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        var code = await ClaimCodeAsync("a@example.org");
        var wrong = code == "000000" ? "111111" : "000000";

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.Verification.VerifyAsync("a@example.org", wrong, CancellationToken.None))));

        Assert.Equal(5, results.OfType<CodeWrong>().Count());
        Assert.IsType<CodeAttemptsExhausted>(await Store.Verification.VerifyAsync("a@example.org", code, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_expires_after_15_minutes()
    {
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        var code = await ClaimCodeAsync("a@example.org");
        Time.Advance(TimeSpan.FromMinutes(15));

        Assert.IsType<CodeExpired>(await Store.Verification.VerifyAsync("a@example.org", code, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_code_replaces_the_previous_one()
    {
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        var first = await ClaimCodeAsync("a@example.org");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None);
        var second = await ClaimCodeAsync("a@example.org");

        if (first != second)
        {
            Assert.IsType<CodeWrong>(await Store.Verification.VerifyAsync("a@example.org", first, CancellationToken.None));
        }

        Assert.IsType<CodeVerified>(await Store.Verification.VerifyAsync("a@example.org", second, CancellationToken.None));
    }

    [Fact]
    public async Task More_than_five_codes_an_hour_are_rate_limited_until_the_oldest_leaves_the_window()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.IsType<CodeIssued>(await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None));
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var limited = Assert.IsType<CodeRateLimited>(await Store.Verification.IssueCodeAsync("A@example.org", "de-DE", CancellationToken.None));
        Assert.Equal(Start + TimeSpan.FromHours(1), limited.RetryAfter);
        Assert.IsType<CodeIssued>(await Store.Verification.IssueCodeAsync("b@example.org", "de-DE", CancellationToken.None));

        Time.Advance(limited.RetryAfter - Time.GetUtcNow());
        Assert.IsType<CodeIssued>(await Store.Verification.IssueCodeAsync("a@example.org", "de-DE", CancellationToken.None));
    }

    [Fact]
    public async Task Verifying_without_any_code_says_so()
    {
        Assert.IsType<NoCodeIssued>(await Store.Verification.VerifyAsync("nobody@example.org", "123456", CancellationToken.None));
    }

    // ---- Release ----

    [Fact]
    public async Task A_release_stores_every_child_and_registration_and_queues_one_confirmation()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);

        var result = await Store.Registrations.ReleaseAsync(
            Release(family.Id, "release-1", Child("Mila", "Kovalenko", Kita(1), Kita(2, "kita-regenbogen")), Child("Taras", "Kovalenko", Childminder(1))),
            CancellationToken.None);

        Assert.False(result.IsReplay);
        Assert.Equal(3, result.Registrations.Count);
        Assert.All(result.Registrations, r => Assert.Matches(ReferencePattern(), r.ReferenceNumber));
        Assert.Equal(3, result.Registrations.Select(r => r.ReferenceNumber).Distinct().Count());
        var overview = (await Store.Families.GetOverviewAsync(family.Id, CancellationToken.None))!;
        Assert.Equal(["Mila", "Taras"], overview.Children.Select(c => c.Child.FirstName));
        Assert.Equal([Kita(1), Kita(2, "kita-regenbogen")], overview.Children[0].Registrations.Select(r => r.Details));
        Assert.Equal(Childminder(1), Assert.Single(overview.Children[1].Registrations).Details);
        var released = Assert.Single(overview.Children[0].Registrations[0].History);
        Assert.Equal(new StatusChange(RegistrationStatus.Released, Start, Actor.ForFamily(family.Id), null, null), released);
        var confirmation = Assert.Single(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(family.Email, confirmation.Message.Recipient);
        Assert.Equal("uk-UA", confirmation.Message.LanguageTag);
        Assert.Equal(result.Registrations.Select(r => r.ReferenceNumber), Assert.IsType<ConfirmationEmailPayload>(confirmation.Message.Payload).ReferenceNumbers);
    }

    [Fact]
    public async Task Releasing_again_with_the_same_key_returns_the_same_reference_numbers_and_creates_nothing()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var request = Release(family.Id, "conversation-7/summary-3", Child("Mila", "Kovalenko", Kita(1), Kita(2)));

        var first = await Store.Registrations.ReleaseAsync(request, CancellationToken.None);
        var retry = await Store.Registrations.ReleaseAsync(request, CancellationToken.None);

        Assert.True(retry.IsReplay);
        Assert.Equal(first.Registrations, retry.Registrations);
        Assert.Single((await Store.Families.GetOverviewAsync(family.Id, CancellationToken.None))!.Children);
        Assert.Single(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_double_click_releases_once()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var request = Release(family.Id, "double-click", Child("Mila", "Kovalenko", Kita(1)));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.Registrations.ReleaseAsync(request, CancellationToken.None))));

        Assert.Single(results, r => !r.IsReplay);
        Assert.Single(results.Select(r => r.Registrations.Single().ReferenceNumber).Distinct());
        Assert.Single((await Store.Families.GetOverviewAsync(family.Id, CancellationToken.None))!.Children);
    }

    [Fact]
    public async Task An_invalid_registration_rolls_back_the_whole_release()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var noPattern = Kita(2) with { Pattern = null };

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "K", Kita(1)), Child("Taras", "K", noPattern)), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "K", Kita(1) with { FacilityId = null })), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "K")), CancellationToken.None));

        Assert.Empty((await Store.Families.GetOverviewAsync(family.Id, CancellationToken.None))!.Children);
        Assert.Empty(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_release_for_an_unknown_family_or_with_another_familys_key_is_refused()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var other = await Store.Families.CreateAsync(Family("Other", "other@example.org"), CancellationToken.None);
        await Store.Registrations.ReleaseAsync(Release(family.Id, "shared-key", Child("Mila", "K", Kita(1))), CancellationToken.None);

        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Store.Registrations.ReleaseAsync(Release(Guid.NewGuid(), "fresh", Child("Mila", "K", Kita(1))), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.Registrations.ReleaseAsync(Release(other.Id, "shared-key", Child("Eve", "K", Kita(1))), CancellationToken.None));
    }

    // ---- Status changes ----

    [Fact]
    public async Task A_staff_status_change_extends_the_history_and_notifies_the_family_in_its_language()
    {
        var (family, registration) = await ReleaseOneAsync();
        await DrainOutboxAsync();
        Time.Advance(TimeSpan.FromDays(30));

        var result = await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.Offered, Actor.ForStaff("staff-17"), "Platz ab 1.8.", new DateOnly(2026, 4, 15)),
            CancellationToken.None);

        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        var changed = result.Registration!;
        Assert.Equal(RegistrationStatus.Offered, changed.Status);
        Assert.Equal(new DateOnly(2026, 4, 15), changed.OfferDeadline);
        Assert.Equal(registration.RowVersion + 1, changed.RowVersion);
        Assert.Equal(
            new StatusChange(RegistrationStatus.Offered, Time.GetUtcNow(), Actor.ForStaff("staff-17"), "Platz ab 1.8.", new DateOnly(2026, 4, 15)),
            changed.History[^1]);
        Assert.Equal(2, changed.History.Count);
        var notification = Assert.Single(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(family.Email, notification.Message.Recipient);
        Assert.Equal("uk-UA", notification.Message.LanguageTag);
        Assert.Equal(new StatusNotificationPayload(registration.ReferenceNumber, RegistrationStatus.Offered, new DateOnly(2026, 4, 15)), notification.Message.Payload);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_row_version_conflicts_and_changes_nothing()
    {
        var (_, registration) = await ReleaseOneAsync();
        await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff("s1"), null, null), CancellationToken.None);

        var stale = await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.Paused, Actor.ForStaff("s2"), null, null), CancellationToken.None);

        Assert.Equal(StatusChangeOutcome.VersionConflict, stale.Outcome);
        Assert.Equal(RegistrationStatus.OnWaitlist, stale.Registration!.Status);
        Assert.Equal(2, stale.Registration.History.Count);
    }

    [Fact]
    public async Task Concurrent_staff_changes_from_the_same_version_let_exactly_one_win()
    {
        var (_, registration) = await ReleaseOneAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff($"s{i}"), null, null), CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == StatusChangeOutcome.Changed);
        Assert.All(results.Where(r => r.Outcome != StatusChangeOutcome.Changed), r => Assert.Equal(StatusChangeOutcome.VersionConflict, r.Outcome));
        Assert.Equal(2, (await Store.Registrations.FindByReferenceAsync(registration.ReferenceNumber, CancellationToken.None))!.History.Count);
    }

    [Fact]
    public async Task Changes_the_status_model_does_not_allow_are_refused()
    {
        var (_, registration) = await ReleaseOneAsync();

        var jump = await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.ContractSigned, Actor.ForStaff("s"), null, null), CancellationToken.None);
        var missing = await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(Guid.NewGuid(), 1, RegistrationStatus.OnWaitlist, Actor.ForStaff("s"), null, null), CancellationToken.None);

        Assert.Equal(StatusChangeOutcome.NotAllowed, jump.Outcome);
        Assert.Equal(RegistrationStatus.Released, jump.Registration!.Status);
        Assert.Equal(StatusChangeOutcome.NotFound, missing.Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.Offered, Actor.ForStaff("s"), null, null), CancellationToken.None));
    }

    [Fact]
    public async Task A_family_withdraws_only_its_own_registration()
    {
        var (family, registration) = await ReleaseOneAsync();
        var other = await Store.Families.CreateAsync(Family("Other", "other@example.org"), CancellationToken.None);

        var foreign = await Store.Registrations.WithdrawAsync(other.Id, registration.Id, null, CancellationToken.None);
        var own = await Store.Registrations.WithdrawAsync(family.Id, registration.Id, "Wir ziehen um", CancellationToken.None);
        var again = await Store.Registrations.WithdrawAsync(family.Id, registration.Id, null, CancellationToken.None);

        Assert.Equal(StatusChangeOutcome.NotFound, foreign.Outcome);
        Assert.Null(foreign.Registration);
        Assert.Equal(StatusChangeOutcome.Changed, own.Outcome);
        Assert.Equal(new StatusChange(RegistrationStatus.Withdrawn, Start, Actor.ForFamily(family.Id), "Wir ziehen um", null), own.Registration!.History[^1]);
        Assert.Equal(StatusChangeOutcome.NotAllowed, again.Outcome);
    }

    // ---- Queries ----

    [Fact]
    public async Task A_registration_is_found_by_its_reference_number_in_any_case()
    {
        var (_, registration) = await ReleaseOneAsync();

        var found = await Store.Registrations.FindByReferenceAsync(" " + registration.ReferenceNumber.ToLowerInvariant(), CancellationToken.None);

        Assert.Equal(registration.Id, found!.Id);
        Assert.Null(await Store.Registrations.FindByReferenceAsync("KB-2026-ZZZZZZ", CancellationToken.None));
    }

    [Fact]
    public async Task Staff_search_filters_by_name_prefix_status_portal_and_reference_and_pages()
    {
        var kovalenko = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var yilmaz = await Store.Families.CreateAsync(Family("Ayşe Yılmaz", "ayse@example.org"), CancellationToken.None);
        var first = await Store.Registrations.ReleaseAsync(
            Release(kovalenko.Id, "a", Child("Mila", "Kovalenko", Kita(1), Kita(2), Kita(3, portal: DistrictPortal.KreisSteinfurt))), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Store.Registrations.ReleaseAsync(Release(yilmaz.Id, "b", Child("Can", "Yılmaz", Kita(1))), CancellationToken.None);
        var onWaitlist = (await Store.Registrations.FindByReferenceAsync(first.Registrations[0].ReferenceNumber, CancellationToken.None))!;
        await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(onWaitlist.Id, onWaitlist.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff("s"), null, null), CancellationToken.None);

        var byChildName = await Store.Registrations.SearchAsync(new RegistrationSearch(NamePrefix: "kov"), CancellationToken.None);
        var byGuardianName = await Store.Registrations.SearchAsync(new RegistrationSearch(NamePrefix: "AYŞE"), CancellationToken.None);
        var byStatus = await Store.Registrations.SearchAsync(new RegistrationSearch(Status: RegistrationStatus.OnWaitlist), CancellationToken.None);
        var byPortal = await Store.Registrations.SearchAsync(new RegistrationSearch(Portal: DistrictPortal.KreisSteinfurt), CancellationToken.None);
        var byReference = await Store.Registrations.SearchAsync(new RegistrationSearch(ReferenceNumber: first.Registrations[1].ReferenceNumber.ToLowerInvariant()), CancellationToken.None);
        var wildcard = await Store.Registrations.SearchAsync(new RegistrationSearch(NamePrefix: "%"), CancellationToken.None);
        var page0 = await Store.Registrations.SearchAsync(new RegistrationSearch(Page: 0, PageSize: 3), CancellationToken.None);
        var page1 = await Store.Registrations.SearchAsync(new RegistrationSearch(Page: 1, PageSize: 3), CancellationToken.None);

        Assert.Equal(3, byChildName.TotalCount);
        Assert.All(byChildName.Items, i => Assert.Equal("Kovalenko", i.ChildLastName));
        Assert.Equal("Can", Assert.Single(byGuardianName.Items).ChildFirstName);
        Assert.Equal(onWaitlist.Id, Assert.Single(byStatus.Items).RegistrationId);
        Assert.Equal(first.Registrations[2].RegistrationId, Assert.Single(byPortal.Items).RegistrationId);
        Assert.Equal(first.Registrations[1].RegistrationId, Assert.Single(byReference.Items).RegistrationId);
        Assert.Empty(wildcard.Items);
        Assert.Equal(4, page0.TotalCount);
        Assert.Equal("Yılmaz", page0.Items[0].ChildLastName);
        Assert.Equal(3, page0.Items.Count);
        Assert.Single(page1.Items);
        Assert.Empty(page0.Items.Select(i => i.RegistrationId).Intersect(page1.Items.Select(i => i.RegistrationId)));
    }

    // ---- Outbox ----

    [Fact]
    public async Task Concurrent_claimers_never_get_the_same_message()
    {
        for (var i = 0; i < 30; i++)
        {
            await Store.Outbox.EnqueueAsync(new OutboxMessage($"f{i}@example.org", "de-DE", new StatusNotificationPayload($"KB-2026-{i:D6}", RegistrationStatus.OnWaitlist, null)), CancellationToken.None);
        }

        var batches = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None))));

        // A claim may return fewer rows than asked when rows changed under it (PostgreSQL, READ COMMITTED); a final
        // sweep picks those up. No message may appear twice, none may be missing.
        var sweep = await Store.Outbox.ClaimDueAsync(30, TimeSpan.FromMinutes(5), CancellationToken.None);
        var claimed = batches.SelectMany(b => b).Concat(sweep).ToList();
        Assert.Equal(30, claimed.Count);
        Assert.Equal(30, claimed.Select(c => c.Id).Distinct().Count());
        Assert.All(claimed, c => Assert.Equal(1, c.Attempt));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task A_sent_message_is_never_claimed_again()
    {
        var id = await Store.Outbox.EnqueueAsync(new OutboxMessage("a@example.org", "de-DE", new ConfirmationEmailPayload(["KB-2026-AAAAAA"])), CancellationToken.None);
        var claimed = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(id, claimed.Id);
        Assert.Equal(new ConfirmationEmailPayload(["KB-2026-AAAAAA"]).ReferenceNumbers, Assert.IsType<ConfirmationEmailPayload>(claimed.Message.Payload).ReferenceNumbers);
        Assert.True(await Store.Outbox.MarkSentAsync(claimed.Id, claimed.LeaseToken, CancellationToken.None));
        Assert.False(await Store.Outbox.MarkSentAsync(claimed.Id, claimed.LeaseToken, CancellationToken.None));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_lease_hands_the_message_to_another_sender_and_the_first_cannot_report_it()
    {
        await Store.Outbox.EnqueueAsync(new OutboxMessage("a@example.org", "de-DE", new ConfirmationEmailPayload(["KB-2026-AAAAAA"])), CancellationToken.None);
        var first = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(1), CancellationToken.None));

        Time.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Attempt);
        Assert.False(await Store.Outbox.MarkSentAsync(first.Id, first.LeaseToken, CancellationToken.None));
        Assert.False(await Store.Outbox.MarkFailedAsync(first.Id, first.LeaseToken, "smtp-timeout", null, CancellationToken.None));
        Assert.True(await Store.Outbox.MarkSentAsync(second.Id, second.LeaseToken, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_send_is_retried_after_a_growing_backoff_or_the_given_delay()
    {
        await Store.Outbox.EnqueueAsync(new OutboxMessage("a@example.org", "de-DE", new ConfirmationEmailPayload(["KB-2026-AAAAAA"])), CancellationToken.None);

        var attempt1 = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.True(await Store.Outbox.MarkFailedAsync(attempt1.Id, attempt1.LeaseToken, "smtp-4xx", null, CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(1));
        var attempt2 = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.True(await Store.Outbox.MarkFailedAsync(attempt2.Id, attempt2.LeaseToken, "smtp-4xx", null, CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(1));
        var attempt3 = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.True(await Store.Outbox.MarkFailedAsync(attempt3.Id, attempt3.LeaseToken, "rate-limited", TimeSpan.FromMinutes(10), CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(10));
        var attempt4 = Assert.Single(await Store.Outbox.ClaimDueAsync(5, TimeSpan.FromMinutes(5), CancellationToken.None));

        Assert.Equal([1, 2, 3, 4], new[] { attempt1, attempt2, attempt3, attempt4 }.Select(a => a.Attempt));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_parked_after_the_last_attempt()
    {
        await Store.Outbox.EnqueueAsync(new OutboxMessage("a@example.org", "de-DE", new ConfirmationEmailPayload(["KB-2026-AAAAAA"])), CancellationToken.None);

        var attempts = 0;
        while (await Store.Outbox.ClaimDueAsync(1, TimeSpan.FromMinutes(1), CancellationToken.None) is [var claimed])
        {
            attempts++;
            Assert.True(await Store.Outbox.MarkFailedAsync(claimed.Id, claimed.LeaseToken, "mailbox-unavailable", TimeSpan.FromSeconds(1), CancellationToken.None));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(10, attempts);
        Time.Advance(TimeSpan.FromDays(7));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(1, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    // ---- Export, erasure, audit ----

    [Fact]
    public async Task The_export_holds_everything_about_the_family_as_json_without_type_names()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var release = await Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "Kovalenko", Kita(1)), Child("Taras", "Kovalenko", Childminder(1))), CancellationToken.None);

        var export = (await Store.Families.ExportAsync(family.Id, CancellationToken.None))!;
        var json = JsonSerializer.Serialize(export, StorageJsonContext.Default.FamilyExport);
        var roundTripped = JsonSerializer.Deserialize(json, StorageJsonContext.Default.FamilyExport)!;

        Assert.Equal(family, export.Family);
        Assert.Equal(2, export.Children.Count);
        Assert.Contains(export.AuditTrail, a => a.Action == "family.created");
        Assert.Equal(2, export.AuditTrail.Count(a => a.Action == "registration.released"));
        Assert.Contains("\"Frau Schulte\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Released\"", json, StringComparison.Ordinal);
        Assert.Contains(release.Registrations[0].ReferenceNumber, json, StringComparison.Ordinal);
        Assert.DoesNotContain("KitaBot.", json, StringComparison.Ordinal);
        Assert.Equal(export.Family, roundTripped.Family);
        Assert.Equal(export.Children[1].Registrations[0].Details, roundTripped.Children[1].Registrations[0].Details);
        Assert.Null(await Store.Families.ExportAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Erasure_deletes_the_family_and_leaves_only_anonymous_withdrawn_registrations()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var release = await Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "Kovalenko", Kita(1), Childminder(2))), CancellationToken.None);
        var first = (await Store.Registrations.FindByReferenceAsync(release.Registrations[0].ReferenceNumber, CancellationToken.None))!;
        await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(first.Id, first.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff("s"), "Mutter rief an", null), CancellationToken.None);
        await Store.Verification.IssueCodeAsync(family.Email, "uk-UA", CancellationToken.None);
        Time.Advance(TimeSpan.FromDays(1));

        Assert.True(await Store.Families.EraseAsync(family.Id, Actor.ForFamily(family.Id), CancellationToken.None));

        Assert.Null(await Store.Families.FindByEmailAsync(family.Email, CancellationToken.None));
        Assert.Null(await Store.Families.GetOverviewAsync(family.Id, CancellationToken.None));
        Assert.Empty(await Store.Outbox.ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.IsType<NoCodeIssued>(await Store.Verification.VerifyAsync(family.Email, "123456", CancellationToken.None));
        foreach (var released in release.Registrations)
        {
            var anonymous = (await Store.Registrations.FindByReferenceAsync(released.ReferenceNumber, CancellationToken.None))!;
            Assert.Null(anonymous.ChildId);
            Assert.Equal(RegistrationStatus.Withdrawn, anonymous.Status);
            Assert.Equal(Time.GetUtcNow(), anonymous.ErasedAt);
            Assert.Null(anonymous.Details.Comment);
            Assert.Null(anonymous.Details.Inclusion);
            Assert.All(anonymous.History, h => Assert.Null(h.Note));
            Assert.Null(anonymous.Details.Childminder?.ChildminderName);
            Assert.Null(anonymous.Details.PlaceChange?.CurrentFacilityNote);
        }

        var search = await Store.Registrations.SearchAsync(new RegistrationSearch(), CancellationToken.None);
        Assert.All(search.Items, i => Assert.Null(i.ChildLastName));
        Assert.Contains(await Store.AuditTrail.ReadAsync(family.Id, CancellationToken.None), a => a.Action == "family.erased");
        Assert.False(await Store.Families.EraseAsync(family.Id, Actor.ForFamily(family.Id), CancellationToken.None));
        Assert.NotNull(await Store.Families.CreateAsync(Family(), CancellationToken.None));
    }

    [Fact]
    public async Task The_audit_log_records_who_changed_what_without_personal_data()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var release = await Store.Registrations.ReleaseAsync(Release(family.Id, "k", Child("Mila", "Kovalenko", Kita(1))), CancellationToken.None);
        var registration = (await Store.Registrations.FindByReferenceAsync(release.Registrations[0].ReferenceNumber, CancellationToken.None))!;
        await Store.Registrations.ChangeStatusAsync(
            new StatusChangeRequest(registration.Id, registration.RowVersion, RegistrationStatus.OnWaitlist, Actor.ForStaff("staff-3"), "Mila ist krank", null), CancellationToken.None);
        await Store.Families.UpdateContactDetailsAsync(family.Id, new ContactDetails("Olena K", "+491701234567", Family().Address, "uk-UA"), CancellationToken.None);

        var entries = (await Store.AuditTrail.ReadAsync(registration.Id, CancellationToken.None))
            .Concat(await Store.AuditTrail.ReadAsync(family.Id, CancellationToken.None)).ToList();

        Assert.Equal(["registration.released", "registration.status-changed", "family.created", "family.contact-updated"], entries.Select(e => e.Action));
        Assert.Equal(new AuditEntry(Start, Actor.ForStaff("staff-3"), "registration.status-changed", "registration", registration.Id, "released -> on-waitlist"), entries[1]);
        var text = string.Join("|", entries.Select(e => $"{e.By.Id} {e.Action} {e.EntityKind} {e.Detail}"));
        foreach (var personal in new[] { "Olena", "Kovalenko", "Mila", "example.org", "+49", "krank", "Hauptstraße" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Regex ReferencePattern() => ReferenceRegex();

    [GeneratedRegex("^KB-2026-[2-9A-HJKMNP-Z]{6}$")]
    private static partial Regex ReferenceRegex();

    private async Task<(Family Family, Registration Registration)> ReleaseOneAsync()
    {
        var family = await Store.Families.CreateAsync(Family(), CancellationToken.None);
        var release = await Store.Registrations.ReleaseAsync(Release(family.Id, "one", Child("Mila", "Kovalenko", Kita(1))), CancellationToken.None);
        return (family, (await Store.Registrations.FindByReferenceAsync(release.Registrations[0].ReferenceNumber, CancellationToken.None))!);
    }

    private async Task DrainOutboxAsync()
    {
        foreach (var message in await Store.Outbox.ClaimDueAsync(100, TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            Assert.True(await Store.Outbox.MarkSentAsync(message.Id, message.LeaseToken, CancellationToken.None));
        }
    }

    private async Task<string> ClaimCodeAsync(string recipient)
    {
        var claimed = await Store.Outbox.ClaimDueAsync(100, TimeSpan.FromMinutes(1), CancellationToken.None);
        var message = Assert.Single(claimed, c => c.Message.Recipient == recipient && c.Message.Payload is VerificationCodePayload);
        foreach (var other in claimed)
        {
            await Store.Outbox.MarkSentAsync(other.Id, other.LeaseToken, CancellationToken.None);
        }

        return ((VerificationCodePayload)message.Message.Payload).Code;
    }
}
