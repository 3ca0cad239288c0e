using GoalLint.Model;

namespace GoalLint.Benchmarks.Generator;

/// <summary>Prints generated tables in one text layout family, the way that family's files look.</summary>
internal interface IFamilyWriter
{
    /// <summary>Short name used for file names and the family counts.</summary>
    string Family { get; }

    /// <summary>The layout GoalLint should detect in the written files.</summary>
    string Layout { get; }

    string Extension { get; }

    /// <summary>Text before the first table (a cover page), or empty.</summary>
    string Preamble(GenTable first);

    void Write(TextWriter writer, GenTable table, int index);
}
