using GoalLint.Check.Packs;

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
            using var reader = new StreamReader(path);
            var buffer = new char[MaxChars + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return read > MaxChars ? new string(buffer, 0, MaxChars) + "\n\n…" : new string(buffer, 0, read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
