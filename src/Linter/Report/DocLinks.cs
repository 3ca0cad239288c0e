namespace GoalLint.Report;

/// <summary>
/// Where a finding's rule doc is, for a reader who may open the report anywhere: a path into the
/// repo would break, so a link is either an anchor in the same report (whose appendix holds every
/// rule's page) or a URL under <c>--doc-base</c>. A base holding {id} (and optionally {pack}) is a
/// pattern (https://docs.example/rules/{id}.html); any other base gets /PACK/ID.md appended, the
/// layout of the rules folder, so a base pointing at a published copy of rules/ works as is.
/// </summary>
public static class DocLinks
{
    /// <summary>The HTML id of a rule's section in a report's appendix.</summary>
    public static string Anchor(string ruleId) => "rule-" + ruleId;

    public static string For(string ruleId, string pack, string? docBase)
    {
        if (string.IsNullOrWhiteSpace(docBase))
        {
            return "#" + Anchor(ruleId);
        }

        var (id, escapedPack) = (Uri.EscapeDataString(ruleId), Uri.EscapeDataString(pack));
        return docBase.Contains("{id}", StringComparison.Ordinal)
            ? docBase.Replace("{id}", id, StringComparison.Ordinal).Replace("{pack}", escapedPack, StringComparison.Ordinal)
            : $"{docBase.TrimEnd('/')}/{escapedPack}/{id}.md";
    }

    /// <summary>An absolute http(s) URL for tools that need one (SARIF helpUri), or null when links are anchors.</summary>
    public static string? Absolute(string ruleId, string pack, string? docBase) =>
        Uri.TryCreate(For(ruleId, pack, docBase), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
