namespace GoalLint.Ingest.Formats.Pdf;

/// <summary>
/// One character on a page, in reading space: x grows to the right along the text, y grows down
/// the page, whatever the page's rotation. Top and bottom come from the baseline and the point
/// size, not the glyph's ink, so a comma and a 口 on one line share them.
/// <see cref="Line"/> is the text line of the page it sits on (1-based).
/// </summary>
internal sealed record Glyph(string Text, double X0, double X1, double Top, double Bottom, double Baseline)
{
    public int Line { get; set; }

    public double CenterX => (X0 + X1) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public double Height => Bottom - Top;
}

/// <summary>A drawn line in reading space: a horizontal one at y = <see cref="At"/> from x <see cref="From"/> to <see cref="To"/>, or a vertical one at x = At from y From to To.</summary>
internal sealed record Rule(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double position, double tolerance) => position >= From - tolerance && position <= To + tolerance;
}

/// <summary>
/// A row a page yields: its cell texts, the page line each cell starts on, the ruled table it
/// belongs to (0: none) and, for a ruled table, the x where each cell's column starts.
/// </summary>
internal sealed record PdfRow(IReadOnlyList<string> Texts, IReadOnlyList<int> Lines, int Table, IReadOnlyList<double>? Lefts = null);
