using GoalLint.Model;

namespace GoalLint.Ingest.Cells.PdfText;

internal enum LabelLevel
{
    None,
    Level1,
    Level2,
}

/// <summary>A 一级/二级指标 label read off the frame, possibly wrapped over lines (经济效益指 / 标).</summary>
internal sealed record FrameLabel(LabelLevel Level, string Text, SourceLocation At, int LinesUsed, PdfLine? Rest);

/// <summary>Recognises the frame's labels and the lines that open the frame.</summary>
internal static class FrameLabels
{
    /// <summary>A label wraps onto at most this many lines.</summary>
    private const int MaxLabelLines = 3;

    private const int MaxLabelLength = 12;

    public static LabelLevel Classify(string squeezed) => squeezed switch
    {
        // 成本指标 is both: in this form's frame it sits under 产出指标.
        _ when Vocabulary.Current.IsLevel1Label(squeezed) && !Vocabulary.Current.IsLevel2Label(squeezed) => LabelLevel.Level1,
        { Length: <= MaxLabelLength } when squeezed.EndsWith("指标", StringComparison.Ordinal) && Vocabulary.Current.Level2(squeezed) != Level2Category.Unknown => LabelLevel.Level2,
        _ => LabelLevel.None,
    };

    /// <summary>
    /// The label that starts at <paramref name="i"/>: whole lines of one block that together read
    /// as a label, or a label followed on the same line by the row it heads.
    /// </summary>
    public static FrameLabel? At(IReadOnlyList<PdfLine> lines, int i, int end)
    {
        var joined = "";
        for (var m = 0; m < MaxLabelLines && i + m < end; m++)
        {
            if (m > 0 && lines[i + m].Line != lines[i + m - 1].Line + 1)
            {
                break;
            }

            joined += lines[i + m].Squeezed;
            if (Classify(joined) is var level and not LabelLevel.None)
            {
                return new FrameLabel(level, CellText.JoinWrapped(lines.Skip(i).Take(m + 1).Select(l => l.Text)), lines[i].At, m + 1, null);
            }

            if (joined.Length > MaxLabelLength)
            {
                break;
            }
        }

        var first = lines[i].Tokens[0];
        return lines[i].Tokens.Count > 1 && Classify(first.Text) is var inline and not LabelLevel.None
            ? new FrameLabel(inline, first.Text, first.At, 1, lines[i].Rest(1))
            : null;
    }

    /// <summary>The 绩效指标 caption of the frame (one line, or 绩效 / 指标 on two); it repeats after page breaks.</summary>
    public static int CaptionLines(IReadOnlyList<PdfLine> lines, int i, int end)
    {
        var s = lines[i].Squeezed;
        if (s == "绩效指标")
        {
            return 1;
        }

        return s == "绩效" && i + 1 < end && lines[i + 1].Squeezed == "指标" ? 2 : 0;
    }

    /// <summary>Whether the frame starts at <paramref name="i"/>: its caption, or a 一级指标 label.</summary>
    public static bool StartsFrame(IReadOnlyList<PdfLine> lines, int i) =>
        CaptionLines(lines, i, lines.Count) > 0 || Classify(CellText.Squeeze(lines[i].Tokens[0].Text)) == LabelLevel.Level1;
}
