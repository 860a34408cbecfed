using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KitaBot.Channels.DirectLine;

/// <summary>
/// Issues and checks the HS256 JWTs of the Direct Line endpoint. A token names one conversation (<c>conv</c>) and
/// one user (<c>user</c>, "dl_" + random, which Web Chat adopts as its user id). Lifetimes use the injected clock.
/// </summary>
internal sealed class DirectLineTokenService
{
    public const string Issuer = "kitabot";
    public const string Audience = "kitabot-directline";
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";
    public const string KindClaim = "kind";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineTokenService(DirectLineSigningKey key, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        _time = time;
        _options = options.Value;
        _credentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Expiry is checked below against the injected clock, so it can answer 403 TokenExpired rather than 401.
            ValidateLifetime = false,
            RequireExpirationTime = true,
        };
    }

    public TimeSpan TokenLifetime => _options.TokenLifetime;

    public static string NewConversationId() => RandomId(16);

    public static string NewUserId() => "dl_" + RandomId(12);

    public string IssueConversationToken(string conversationId, string userId) =>
        Issue(conversationId, userId, TokenKind.Conversation, _options.TokenLifetime);

    public string IssueStreamToken(string conversationId, string userId) =>
        Issue(conversationId, userId, TokenKind.Stream, _options.StreamTokenLifetime);

    public async Task<TokenCheck> CheckAsync(string? token, TokenKind expectedKind)
    {
        if (string.IsNullOrEmpty(token) || !_handler.CanReadToken(token))
        {
            return TokenCheck.Invalid;
        }

        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Invalid;
        }

        if (!jwt.TryGetPayloadValue<string>(KindClaim, out var kind) || kind != KindName(expectedKind)
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId) || string.IsNullOrEmpty(conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId) || string.IsNullOrEmpty(userId))
        {
            return TokenCheck.Invalid;
        }

        return jwt.ValidTo <= _time.GetUtcNow().UtcDateTime
            ? TokenCheck.Expired
            : new TokenCheck(TokenCheckStatus.Valid, conversationId, userId);
    }

    private string Issue(string conversationId, string userId, TokenKind kind, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(ConversationClaim, conversationId),
                new Claim(UserClaim, userId),
                new Claim(KindClaim, KindName(kind)),
                new Claim(JwtRegisteredClaimNames.Jti, RandomId(12)),
            ]),
        });
    }

    private static string KindName(TokenKind kind) => kind == TokenKind.Stream ? "stream" : "conversation";

    // URL-safe and free of the characters the client pastes into paths unescaped (| / ? # %).
    private static string RandomId(int bytes) => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(bytes));
}
