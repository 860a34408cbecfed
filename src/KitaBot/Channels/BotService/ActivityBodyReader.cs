using System.Buffers;

namespace KitaBot.Channels.BotService;

/// <summary>Reads a request body up to a size limit, so an oversized post is refused without being buffered.</summary>
internal static class ActivityBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>Returns the body, or null when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var body = new MemoryStream(request.ContentLength is long length ? (int)length : ChunkSize);
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
