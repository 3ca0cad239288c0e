using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GoalLint.Shared.Json;

namespace GoalLint.Report.Json;

/// <summary>
/// <see cref="LintOutput"/>'s JSON metadata, source-generated: the reflection-based serializer built it on
/// every run, emitting and JIT-compiling an accessor per property (≈ 60 ms of a warm one-file run).
/// Metadata mode only, so the findings still stream; the conventions are <see cref="JsonDefaults"/>'.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(LintOutput))]
internal sealed partial class ReportJson : JsonSerializerContext
{
    // Built on first use: the generated Default is a static of another part of this class, so a field initialiser here could run before it.
    private static JsonTypeInfo<LintOutput>? _output;

    public static JsonTypeInfo<LintOutput> Output => _output ??= (JsonTypeInfo<LintOutput>)JsonDefaults.Generated(Default).GetTypeInfo(typeof(LintOutput));
}
