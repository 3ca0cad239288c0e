using System.Text.Json.Serialization;

namespace GoalLint.Shared.Cache;

/// <summary>The shipped data files' parsed forms, for <see cref="ParsedCache"/>: source-generated, so a warm run reflects over nothing.</summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(VocabularyFile))]
[JsonSerializable(typeof(FormsFile))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
internal sealed partial class SharedParsedJson : JsonSerializerContext;
