namespace GoalLint.Report.Templates;

/// <summary>A rule's doc page for the report's appendix, so a report opened away from the repo still explains every rule.</summary>
public static class RuleDoc
{
    /// <summary>Larger pages are cut: a doc page is a screen or two, and a pack from elsewhere must not bloat every report.</summary>
    public const int MaxChars = 32 * 1024;

    public static string? Read(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[MaxChars + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var page = RuleDocs.RuleDocHeader.WithoutMarkers(new string(buffer, 0, Math.Min(read, MaxChars)));
            return read > MaxChars ? page + "\n\n…" : page;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
