using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;

namespace GoalLint.Report.Templates;

/// <summary>A rule's doc page for the report's appendix, so a report opened away from the repo still explains every rule.</summary>
public static class RuleDoc
{
    /// <summary>Larger pages are cut: a doc page is a screen or two, and a pack from elsewhere must not bloat every report.</summary>
    public const int MaxChars = 32 * 1024;

    public static string? Read(string? path)
    {
        // A page is read only where it really sits beside its rule: a link out of the pack would publish whatever it points at.
        if (path is null || !File.Exists(path) || !RealPath.IsUnder(RealPath.Of(path), RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(path))!)))
        {
            return null;
        }

        try
        {
            // Through ConfigFile: a FIFO or device named as a page is refused unread, and the read is capped.
            var text = ConfigFile.ReadText(path, path);
            var page = RuleDocs.RuleDocHeader.WithoutMarkers(text.Length > MaxChars ? text[..MaxChars] : text);
            return text.Length > MaxChars ? page + "\n\n…" : page;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ConfigurationException)
        {
            return null;
        }
    }
}
