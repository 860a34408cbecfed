using System.Text.Json;
using System.Text.Json.Serialization;

namespace KitaBot.Storage.Model;

/// <summary>
/// JSON for what the stores persist or hand out as JSON (outbox payloads, the family export): web casing, enums as
/// their names, polymorphism by stable kind names only.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = false)]
[JsonSerializable(typeof(OutboxPayload))]
[JsonSerializable(typeof(FamilyExport))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
