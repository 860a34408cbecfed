using System.Net;
using KitaBot.Dialogs.Localization;
using Xunit;

namespace KitaBot.Tests.DirectLine;

/// <summary>The page's HTTP side: strict CSP, languages in their own names, the bundle served locally.</summary>
public sealed class WebChatPageTests(DirectLineHostFixture fixture) : IClassFixture<DirectLineHostFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = fixture.Host.BaseAddress };

    [Fact]
    public async Task The_page_has_a_strict_content_security_policy_and_lists_every_language_in_its_own_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("ar-EG,ar;q=0.9,en;q=0.5");
        using var response = await _http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directives = string.Join(";", response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("default-src 'none'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain(directives, directive => directive.Contains("unsafe-eval", StringComparison.Ordinal));
        // Only style attributes may be inline (they cannot run script); scripts and style elements may not.
        Assert.Equal(["style-src-attr 'unsafe-inline'"], directives.Where(directive => directive.Contains("unsafe-inline", StringComparison.Ordinal)));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        foreach (var language in LanguageInfo.All)
        {
            Assert.Contains($">{language.NativeName}</option>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_web_chat_bundle_and_page_scripts_are_served_from_this_host()
    {
        using var bundle = await _http.GetAsync("/lib/webchat.js");
        using var script = await _http.GetAsync("/app.js");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("nosniff", string.Join("", script.Headers.GetValues("X-Content-Type-Options")));
    }

    public void Dispose() => _http.Dispose();
}
