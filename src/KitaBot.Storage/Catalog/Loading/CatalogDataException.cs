namespace KitaBot.Storage.Catalog.Loading;

/// <summary>Thrown at start-up when a data file is unreadable or a record in it is invalid.</summary>
public sealed class CatalogDataException : Exception
{
    public CatalogDataException(string file, string? recordId, string problem, Exception? innerException = null)
        : base(Describe(file, recordId, problem), innerException)
    {
        File = file;
        RecordId = recordId;
        Problem = problem;
    }

    public CatalogDataException()
        : this("(unknown file)", null, "invalid catalog data")
    {
    }

    public CatalogDataException(string message)
        : this("(unknown file)", null, message)
    {
    }

    public CatalogDataException(string message, Exception innerException)
        : this("(unknown file)", null, message, innerException)
    {
    }

    public string File { get; }

    public string? RecordId { get; }

    public string Problem { get; }

    private static string Describe(string file, string? recordId, string problem) =>
        recordId is null ? $"{file}: {problem}" : $"{file}, record '{recordId}': {problem}";
}
