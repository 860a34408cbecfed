using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Tests.BotService;

/// <summary>Mints JWTs shaped like the ones Bot Framework channels, the Emulator and skills send, signed for real.</summary>
public static class TestTokens
{
    public const string AppId = "3f9c1c5e-1111-4a4a-9d9d-0123456789ab";
    public const string TenantId = "7a7a7a7a-2222-4b4b-8c8c-abcdefabcdef";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Channel(RSA key, string kid, Uri serviceUrl, string audience = AppId, string issuer = ChannelIssuer,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return Sign(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256, issuer, audience,
            notBefore ?? now.AddMinutes(-1), expires ?? now.AddMinutes(30),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl.AbsoluteUri });
    }

    /// <summary>An AAD v1 token as the Emulator obtains with the bot's own credentials (appid == aud).</summary>
    public static string Emulator(RSA key, string appId = AppId)
    {
        var now = DateTime.UtcNow;
        return Sign(new RsaSecurityKey(key) { KeyId = TestIdentityServer.EmulatorKeyId }, SecurityAlgorithms.RsaSha256, EmulatorIssuer, AppId,
            now.AddMinutes(-1), now.AddMinutes(30), new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appId });
    }

    /// <summary>A token another bot obtained to call us as a skill: appid is the caller, not us.</summary>
    public static string Skill(RSA key) => Emulator(key, appId: "99999999-0000-4000-8000-000000000000");

    public static string Hs256(string kid, Uri serviceUrl)
    {
        var now = DateTime.UtcNow;
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = kid };
        return Sign(secret, SecurityAlgorithms.HmacSha256, ChannelIssuer, AppId, now.AddMinutes(-1), now.AddMinutes(30),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl.AbsoluteUri });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise perfect claims.</summary>
    public static string AlgNone(string kid, Uri serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}""";
        var payload = $$"""{"iss":"{{ChannelIssuer}}","aud":"{{AppId}}","serviceurl":"{{serviceUrl.AbsoluteUri}}","nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddMinutes(30).ToUnixTimeSeconds()}}}""";
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.";
    }

    private static string Sign(SecurityKey key, string algorithm, string issuer, string audience, DateTime notBefore, DateTime expires,
        Dictionary<string, object> claims) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            Expires = expires,
            IssuedAt = notBefore,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
}
