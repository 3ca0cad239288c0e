namespace GoalLint.Report.Templates;

/// <summary>Forms as the reviewers who read the reports name them (from rules/vocabulary/forms.yaml).</summary>
public static class LayoutNames
{
    public static string Of(string layout) => FormSpecs.Name(layout);
}
