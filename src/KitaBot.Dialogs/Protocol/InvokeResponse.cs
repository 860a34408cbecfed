using System.Text.Json;

namespace KitaBot.Dialogs.Protocol;

/// <summary>The synchronous HTTP answer to an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body);
