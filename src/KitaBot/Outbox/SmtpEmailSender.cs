using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace KitaBot.Outbox;

/// <summary>
/// Sends each e-mail to the configured SMTP server (<c>Email:Smtp</c>) with <see cref="SmtpClient"/>: UTF-8 body in
/// base64, encoded subject, STARTTLS when <see cref="SmtpOptions.EnableSsl"/>, and the same Message-ID and
/// Content-Language headers as the pickup files.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, TimeSpan timeout) : IEmailSender
{
    private readonly MailAddress _from = new(options.From);

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.Host!, options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = options.EnableSsl,
            Timeout = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds),
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        using var message = new MailMessage(_from, MimeMessageWriter.ParseRecipient(email.Recipient))
        {
            Subject = email.Content.Subject.ReplaceLineEndings(" "),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = MimeMessageWriter.Crlf(email.Content.Body),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        message.Headers.Add("Message-ID", MimeMessageWriter.MessageId(email.MessageId, _from));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("Content-Language", MimeMessageWriter.ContentLanguage(email.Content.ContentLanguages));
        await client.SendMailAsync(message, cancellationToken);
    }
}
