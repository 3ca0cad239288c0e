namespace GoalLint.Tests.Fuzz;

/// <summary>What a mutation does to a corpus file: the damage real submissions arrive with.</summary>
public enum MutationKind
{
    FlipByte,
    Truncate,
    TruncateAtBoundary,
    InsertNuls,
    ShuffleRows,
    DuplicateRows,
    DeleteRows,
    DeleteTabs,
    DoubleTabs,
    HugeCell,
    MixedLineEndings,
    DeepNesting,
    PasteOtherFile,
    HostileChars,
    WrongEncodingRead,
    HostileNumber,
    WideRow,
    ManyFindings,
}

/// <summary>One mutation; <paramref name="A"/> and <paramref name="B"/> pick where and how much (taken modulo the input's size).</summary>
public readonly record struct Mutation(MutationKind Kind, int A, int B)
{
    /// <summary>Mutations that work on the encoded bytes; the others work on the text before it is encoded.</summary>
    public bool OnBytes => Kind is MutationKind.FlipByte or MutationKind.Truncate or MutationKind.InsertNuls;

    public override string ToString() => $"{Kind}({A},{B})";
}
