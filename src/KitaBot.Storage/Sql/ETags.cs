namespace KitaBot.Storage.Sql;

/// <summary>
/// New eTags are random, never counters: a key that is deleted and created again can never get an eTag back that an
/// old reader still holds.
/// </summary>
internal static class ETags
{
    public static string New() => Guid.NewGuid().ToString("N");
}
