namespace KitaBot.Channels.BotService.Authentication;

/// <summary>Why an inbound request was refused; logged, never sent to the caller (who only sees 401).</summary>
internal enum AuthenticationFailure
{
    MissingHeader,
    MalformedHeader,
    UnreadableToken,
    NoAppIdConfigured,
    UnknownIssuer,
    SkillToken,
    EmulatorTokenOutsideDevelopment,
    DisallowedAlgorithm,
    UnknownSigningKey,
    InvalidToken,
    KeyNotEndorsed,
    ServiceUrlMismatch,
    AppIdMismatch,
    MetadataUnavailable,
}
