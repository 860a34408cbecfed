using System.Security.Claims;
using System.Text;
using KitaBot.TestHost;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Tests.DirectLine;

/// <summary>Mints tokens with the test hosts' signing key, e.g. properly signed ones that have already expired.</summary>
internal static class TestTokens
{
    public static string Mint(string conversationId, string userId, DateTime expires, string kind = "conversation")
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "kitabot",
            Audience = "kitabot-directline",
            IssuedAt = expires.AddMinutes(-30),
            NotBefore = expires.AddMinutes(-30),
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(LoopbackKitaBot.SigningKey)), SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity([new Claim("conv", conversationId), new Claim("user", userId), new Claim("kind", kind)]),
        });
    }
}
