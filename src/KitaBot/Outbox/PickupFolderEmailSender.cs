using System.Net.Mail;

namespace KitaBot.Outbox;

/// <summary>
/// Writes each e-mail as an <c>.eml</c> file into a pickup folder (an MTA or an operator collects them). The file is
/// written under a temporary name, flushed to disk and renamed, so a reader never sees half a message. It is named
/// after the outbox message, so a retry of the same message replaces its own file instead of adding a second one.
/// </summary>
public sealed class PickupFolderEmailSender(string directory, MailAddress from, TimeProvider time) : IEmailSender
{
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The file an outbox message is written to.</summary>
    public string PathFor(Guid messageId) => Path.Combine(Directory, $"{messageId:N}.eml");

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var content = MimeMessageWriter.Write(email, from, time.GetUtcNow());
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = Path.Combine(Directory, $".{email.MessageId:N}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream)
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, PathFor(email.MessageId), overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
