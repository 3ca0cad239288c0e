namespace GoalLint.Check.Packs;

/// <summary><c>pack.yaml</c>: names a folder of rule files. Every other <c>*.yaml</c> in the folder is one rule.</summary>
public sealed class PackFile
{
    /// <summary>The pack's name as provenance shows it (core, dongguan).</summary>
    public string Id { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Spellings this pack adds to the one vocabulary (<c>vocabulary: { add: … }</c>), for its city's forms.</summary>
    public VocabularyEdit? Vocabulary { get; set; }
}
