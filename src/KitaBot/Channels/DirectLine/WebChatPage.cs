using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KitaBot.Dialogs.Localization;
using Microsoft.Net.Http.Headers;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// The families' page at <c>/</c>: a language picker (languages in their own names) and Web Chat from the npm bundle.
/// Rendered per request so the initial language follows the browser and Web Chat's styles get a CSP nonce. Every
/// value written into the HTML is encoded; scripts come only from this origin.
/// </summary>
internal static class WebChatPage
{
    // Encodes markup characters but keeps the languages' own scripts readable in the source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    public static IResult Render(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var initial = InitialLanguage(context.Request);
        var host = context.Request.Host.Value;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            // The hash is that of an empty <style>: a Web Chat dependency inserts one without a nonce and fills it
            // through CSSOM (insertRule), which CSP does not restrict; nothing else inline is allowed.
            $"style-src-elem 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            // Style attributes cannot carry a nonce; Web Chat sets a few. They cannot run script.
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            $"connect-src 'self' ws://{host} wss://{host}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'");
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.Append(HeaderNames.Vary, "Accept-Language");
        return Results.Content(Html(initial, nonce), "text/html; charset=utf-8");
    }

    private static LanguageInfo InitialLanguage(HttpRequest request)
    {
        foreach (var entry in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(value => value.Quality ?? 1))
        {
            if (LanguageInfo.FromLocale(entry.Value.Value) is { } language)
            {
                return language;
            }
        }

        return LanguageInfo.Of(Language.German);
    }

    private static string Html(LanguageInfo initial, string nonce)
    {
        var html = Encoder;
        var options = new StringBuilder();
        foreach (var language in LanguageInfo.All)
        {
            options.Append("          <option value=\"").Append(html.Encode(language.Tag))
                .Append("\" lang=\"").Append(html.Encode(language.Code))
                .Append("\" data-dir=\"").Append(language.IsRightToLeft ? "rtl" : "ltr").Append('"')
                .Append(language == initial ? " selected" : "")
                .Append('>').Append(html.Encode(language.NativeName)).Append("</option>\n");
        }

        return $$"""
            <!doctype html>
            <html lang="{{html.Encode(initial.Code)}}" dir="{{(initial.IsRightToLeft ? "rtl" : "ltr")}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="color-scheme" content="light">
              <meta name="kitabot-style-nonce" content="{{html.Encode(nonce)}}">
              <title>KitaBot</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/app.css">
              <script src="/lib/webchat.js" defer></script>
              <script src="/app.js" defer></script>
            </head>
            <body>
              <header class="banner">
                <div class="banner-inner">
                  <div class="brand">
                    <h1 id="page-title">KitaBot</h1>
                    <p id="page-subtitle" class="subtitle"></p>
                  </div>
                  <div class="language">
                    <label id="language-label" for="language-picker">Sprache · Language</label>
                    <select id="language-picker" autocomplete="language">
            {{options}}        </select>
                  </div>
                </div>
              </header>
              <main id="chat" class="chat" aria-labelledby="page-title">
                <p id="chat-loading" class="notice" role="status">…</p>
              </main>
              <noscript><p class="notice">KitaBot needs JavaScript. · KitaBot braucht JavaScript.</p></noscript>
            </body>
            </html>
            """;
    }
}
