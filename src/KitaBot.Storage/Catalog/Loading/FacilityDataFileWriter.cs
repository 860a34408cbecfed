using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KitaBot.Storage.Catalog.Loading;

/// <summary>Writes a facility file in the shipped format, atomically: a reader sees the old file or the new one.</summary>
public static class FacilityDataFileWriter
{
    // Umlauts stay readable in the file an operator may open; the file is data, never embedded in HTML.
    private static readonly JsonSerializerOptions ReadableOptions = new(CatalogJson.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAtomicallyAsync(string path, FacilityDataFile file, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var typeInfo = (JsonTypeInfo<FacilityDataFile>)ReadableOptions.GetTypeInfo(typeof(FacilityDataFile));
                await JsonSerializer.SerializeAsync(stream, file, typeInfo, cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
