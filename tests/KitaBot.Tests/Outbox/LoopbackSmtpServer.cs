using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KitaBot.Tests.Outbox;

/// <summary>
/// A tiny SMTP server (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on 127.0.0.1 and a free port: the
/// remote peer of <c>SmtpEmailSender</c>. It records every accepted message before it answers 250, so a finished
/// send is already recorded. It can answer MAIL FROM with a temporary failure (451), like a busy server.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SmtpTransaction> _accepted = new();
    private readonly ConcurrentBag<Task> _sessions = [];
    private readonly Task _accepting;
    private int _rejections;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<SmtpTransaction> Accepted => [.. _accepted];

    /// <summary>The next <paramref name="count"/> MAIL FROM commands get "451 try again later".</summary>
    public void RejectNext(int count) => Volatile.Write(ref _rejections, count);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        await Task.WhenAll(_sessions).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _sessions.Add(Task.Run(() => ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8, false, 1024, leaveOpen: true);
            var writer = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await using (writer)
            {
                await writer.WriteLineAsync("220 localhost KitaBot test SMTP");
                string? mailFrom = null;
                var rcptTo = new List<string>();
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = (line.Split(' ', 2)[0]).ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost greets you");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "HELO":
                        case "NOOP":
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "RSET":
                            mailFrom = null;
                            rcptTo.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "MAIL" when Interlocked.Decrement(ref _rejections) >= 0:
                            await writer.WriteLineAsync("451 4.3.0 Busy, try again later");
                            break;
                        case "MAIL":
                            mailFrom = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "RCPT" when mailFrom is not null:
                            rcptTo.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA" when mailFrom is not null && rcptTo.Count > 0:
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = await ReadDataAsync(reader);
                            _accepted.Enqueue(new SmtpTransaction(mailFrom, [.. rcptTo], data));
                            mailFrom = null;
                            rcptTo.Clear();
                            await writer.WriteLineAsync("250 OK queued");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("503 Bad sequence of commands");
                            break;
                    }
                }
            }
        }
    }

    private async Task<byte[]> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(data.ToString());
    }
}
