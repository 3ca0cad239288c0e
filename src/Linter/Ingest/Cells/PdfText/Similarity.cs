namespace GoalLint.Ingest.Cells.PdfText;

/// <summary>
/// How alike two value cells read. The cycle and annual values of one row are usually the same
/// text or nearly so (每年≥90% / 当年≥90%), which is what tells where one cell ends and the next begins.
/// </summary>
internal static class Similarity
{
    /// <summary>Dice coefficient over character bigrams, whitespace ignored: 1 for identical text, 0 for nothing shared.</summary>
    public static double Of(string a, string b)
    {
        a = CellText.Squeeze(a);
        b = CellText.Squeeze(b);
        if (a == b)
        {
            return 1;
        }

        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            counts[(a[i], a[i + 1])] = counts.GetValueOrDefault((a[i], a[i + 1])) + 1;
        }

        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            if (counts.GetValueOrDefault((b[i], b[i + 1])) is > 0 and var n)
            {
                counts[(b[i], b[i + 1])] = n - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
