namespace KitaBot.Storage.Model;

/// <summary>One page of search results and how many match in total.</summary>
public sealed record RegistrationSearchPage(IReadOnlyList<RegistrationSummary> Items, int TotalCount, int Page, int PageSize);
