using GoalLint.Ingest;
using GoalLint.Normalise;

namespace GoalLint.Tests.Fuzz;

/// <summary>Regression tests made from the minimised inputs of <see cref="KnownIssues"/>; each runs once its fix lands.</summary>
public sealed class KnownIssueTests
{
    [Fact(Skip = KnownIssues.PdfTextTokenSplit)]
    public void A_long_line_of_short_pieces_reads_in_bounded_memory()
    {
        var input = new FuzzCase(1, [new(MutationKind.InsertNuls, 1154014086, 551345712), new(MutationKind.HostileChars, 1229924283, 1895116643), new(MutationKind.DeepNesting, 1837189765, 1363632059)], FuzzEncoding.Utf16LeBom);

        FuzzHarness.Shared.Check(input);
    }
}
