using GoalLint.Model;

namespace GoalLint.Check.Rules;

/// <summary>Whether a table's 实施周期 spans more than one year; several rules only make sense for one of the two.</summary>
public enum CycleSpan
{
    Any,
    /// <summary>起始年度 &lt; 到期年度.</summary>
    MultiYear,
    /// <summary>起始年度 = 到期年度.</summary>
    SingleYear,
}

/// <summary>
/// What a rule looks at (Spectral's <c>given</c>): table kinds, layouts, the 一级/二级 frame,
/// words in the 三级 name, what it measures, and the span of the cycle. Empty lists mean "any".
/// </summary>
public sealed class TableScope
{
    public List<TableKind> Kinds { get; set; } = [];

    /// <summary>Form ids (rules/vocabulary/forms.yaml), as a document's layout carries them.</summary>
    public List<string> Layouts { get; set; } = [];

    public List<Level1Category> Level1 { get; set; } = [];

    public List<Level2Category> Level2 { get; set; } = [];

    /// <summary>The indicator name (三级指标) contains one of these.</summary>
    public List<string> Names { get; set; } = [];

    /// <summary>The indicator name contains none of these.</summary>
    public List<string> NotNames { get; set; } = [];

    /// <summary>What the indicator measures (the normaliser's reading) is one of these.</summary>
    public List<Measure> Measures { get; set; } = [];

    /// <summary>Only rates that should go down (the vocabulary's <c>lower-is-better</c>, read by normalisation); false means any.</summary>
    public bool LowerIsBetter { get; set; }

    public CycleSpan Cycle { get; set; }

    /// <summary>
    /// Rows marked not applicable (`*`, 不涉及 with no weight) are skipped unless this is true:
    /// they are the form's way of saying a slot does not apply, and only the rule about such rows reads them.
    /// </summary>
    public bool NotApplicable { get; set; }

    public bool Covers(PerformanceTable table) =>
        (Kinds.Count == 0 || Kinds.Contains(table.Kind))
        && (Layouts.Count == 0 || Layouts.Contains(table.Layout))
        && Cycle switch
        {
            CycleSpan.MultiYear => table.Header is { CycleStartYear: { } s, CycleEndYear: { } e } && e.Value > s.Value,
            CycleSpan.SingleYear => table.Header is { CycleStartYear: { } s, CycleEndYear: { } e } && e.Value == s.Value,
            _ => true,
        };

    public bool Covers(Indicator indicator)
    {
        var name = indicator.Name?.Text ?? "";
        return indicator.NotApplicable == NotApplicable
            && (Level1.Count == 0 || Level1.Contains(indicator.Level1Category))
            && (Level2.Count == 0 || Level2.Contains(indicator.Level2Category))
            && (Measures.Count == 0 || Measures.Contains(indicator.Measure))
            && (!LowerIsBetter || indicator.LowerIsBetter)
            && (Names.Count == 0 || ContainsAny(name, Names))
            && !ContainsAny(name, NotNames);
    }

    /// <summary>A plain loop: this runs for every indicator under every rule, and a lambda here would allocate each time.</summary>
    private static bool ContainsAny(string name, List<string> words)
    {
        foreach (var word in words)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The table's indicators this scope covers, in order (a struct walk: it runs per table under every indicator rule, and a LINQ filter allocated an iterator and a delegate each time).</summary>
    public CoveredIndicators Indicators(PerformanceTable table) => new(this, table.Indicators);

    public readonly struct CoveredIndicators(TableScope scope, List<Indicator> all)
    {
        public Enumerator GetEnumerator() => new(scope, all);

        public struct Enumerator(TableScope scope, List<Indicator> all)
        {
            private int _next;

            public Indicator Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (_next < all.Count)
                {
                    var indicator = all[_next++];
                    if (scope.Covers(indicator))
                    {
                        Current = indicator;
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
