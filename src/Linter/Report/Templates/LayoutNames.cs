using GoalLint.Model;
using GoalLint.Shared.Messages;

namespace GoalLint.Report.Templates;

/// <summary>Layout families as the reviewers who read the reports name the forms (from the message catalogue).</summary>
public static class LayoutNames
{
    public static string Of(LayoutFamily layout) => MessageCatalogue.Text($"layout.{layout}");
}
