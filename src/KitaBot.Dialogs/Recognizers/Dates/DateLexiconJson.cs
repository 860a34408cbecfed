using System.Text.Json.Serialization;

namespace KitaBot.Dialogs.Recognizers.Dates;

/// <summary>Source-generated JSON metadata for the lexicon files; unknown keys are errors so typos surface.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DateLexicon))]
internal sealed partial class DateLexiconJson : JsonSerializerContext;
