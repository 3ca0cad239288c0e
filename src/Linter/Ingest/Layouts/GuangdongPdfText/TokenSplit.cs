namespace GoalLint.Ingest.Layouts.GuangdongPdfText;

/// <summary>
/// Splits a line that holds several cells separated by spaces (完成全部运维服务项 100% 100%).
/// The last two cells are the values; when there are more pieces than cells, the cut that
/// makes both values read the same is taken, and otherwise the row is reported.
/// </summary>
internal static class TokenSplit
{
    /// <summary>The row the pieces make, with the name lines above it.</summary>
    /// <param name="tokens">The pieces of the line.</param>
    /// <param name="namePrefix">Lines of the name that wrapped above this line, if any.</param>
    public static RecoveredRow Split(IReadOnlyList<PdfToken> tokens, IReadOnlyList<PdfToken> namePrefix)
    {
        var minName = namePrefix.Count > 0 ? 0 : 1;
        if (tokens.Count - minName < 2)
        {
            var name = namePrefix.Concat(tokens.Take(minName)).ToArray();
            return new RecoveredRow(name, tokens.Skip(minName).ToArray(), [], "the row has a single value cell: the cycle or the annual value is missing, or both were merged");
        }

        for (var a = minName; a <= tokens.Count - 2; a++)
        {
            for (var b = a + 1; b < tokens.Count; b++)
            {
                if (Same(tokens, a, b) && (a, b) != (tokens.Count - 2, tokens.Count - 1))
                {
                    return Cut(tokens, namePrefix, a, b, null);
                }
            }
        }

        var extra = tokens.Count - 2 - minName;
        var doubt = extra > 0 && !Same(tokens, tokens.Count - 2, tokens.Count - 1)
            ? "the row has more space-separated pieces than cells and no cut makes the two values alike; the last two pieces were taken as the values"
            : null;
        return Cut(tokens, namePrefix, tokens.Count - 2, tokens.Count - 1, doubt);
    }

    private static bool Same(IReadOnlyList<PdfToken> tokens, int a, int b) =>
        Text(tokens, a, b) == Text(tokens, b, tokens.Count);

    private static string Text(IReadOnlyList<PdfToken> tokens, int from, int to) =>
        string.Concat(tokens.Skip(from).Take(to - from).Select(t => t.Text));

    private static RecoveredRow Cut(IReadOnlyList<PdfToken> tokens, IReadOnlyList<PdfToken> namePrefix, int a, int b, string? doubt) =>
        new(namePrefix.Concat(tokens.Take(a)).ToArray(), tokens.Skip(a).Take(b - a).ToArray(), tokens.Skip(b).ToArray(), doubt);
}
