namespace GoalLint.Shared;

/// <summary>A pack's change to the vocabulary: spellings added to the roles the shipped file defines.</summary>
public sealed class VocabularyEdit
{
    public VocabularyFile Add { get; set; } = new();
}
