using System.Buffers;
using System.Text;

namespace GoalLint.Shared;

/// <summary>
/// A cell's text as a label is compared: width folded (full-width letters, digits and punctuation as ASCII, as NFKC does), whitespace removed (a wrap or a PDF
/// gap: 一级 指标), ★ and * marks, Markdown heading marks, a list item's mark (- 项目名称, · 项目名称, 1. 项目名称), a leading 其中：, a leading year
/// (2023年预算金额, 2024年度目标), bracketed tags (（50分）, (必填), （元）) and a trailing colon dropped.
/// </summary>
public static class LabelKey
{
    private const string Marks = "★☆*※▲△●◆";

    /// <summary>What starts a tag or is a mark: built once, since every label of every table is keyed.</summary>
    private static readonly SearchValues<char> TagStarts = SearchValues.Create("([【〔" + Marks);

    private static readonly char[] Colons = [':', '：'];

    /// <summary>Marks a list item starts with (- 项目名称, * 项目名称, · 项目名称).</summary>
    private const string ListMarks = "-+*·•・●";

    /// <summary>Labels are short; longer text is content, and is returned squeezed only.</summary>
    private const int MaxLabelChars = 60;

    /// <summary>Text this long is no label even with wrap spaces and markup: it is returned as it is, so a huge cell costs nothing.</summary>
    private const int MaxRawChars = 400;

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxRawChars)
        {
            return text ?? "";
        }

        var s = CellText.Squeeze(CellText.Clean(text));
        if (s.Length > MaxLabelChars)
        {
            return s;
        }

        s = CellText.FoldWidth(s);

        s = WithoutListMark(s.TrimStart('#').TrimEnd(Colons));
        if (s.StartsWith("其中", StringComparison.Ordinal) && s.Length > 2 && s[2] is ':' or '：')
        {
            s = s[3..];
        }

        if (s.Length > 5 && s[4] == '年' && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal)) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]))
        {
            s = s.Length > 6 && s[5] == '度' ? s[6..] : s[5..];
        }

        return s.AsSpan().IndexOfAny(TagStarts) < 0 ? s : StripTags(s);
    }

    /// <summary>The label after a list item's mark (<see cref="ListMarkLength"/>; squeezed, so without the space after it).</summary>
    private static string WithoutListMark(string s) => ListMarkLength(s) is > 0 and var n ? s[n..] : s;

    /// <summary>
    /// How long the mark or number of a list item is at the start of <paramref name="text"/> (- 项目名称, · 项目名称,
    /// 1. 项目名称, 2、主管部门, 3)实施单位), with the spaces after it: a layout mark, not the label's. 0 when there is
    /// none, and before anything but a letter: -5% and 1.5万元 are values.
    /// </summary>
    public static int ListMarkLength(ReadOnlySpan<char> text)
    {
        var at = text.Length > 0 && ListMarks.Contains(text[0]) ? 1 : 0;
        if (at == 0)
        {
            while (at < text.Length && at < 2 && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            at = at > 0 && at < text.Length && text[at] is '.' or '．' or '、' or ')' ? at + 1 : 0;
        }

        var label = at;
        while (at > 0 && label < text.Length && text[label] is ' ' or '\u3000')
        {
            label++;
        }

        return at > 0 && label < text.Length && char.IsLetter(text[label]) ? label : 0;
    }

    /// <summary>Removes bracketed segments and marks; an unclosed bracket is kept as text.</summary>
    private static string StripTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var close = s[i] switch { '(' => ')', '[' => ']', '【' => '】', '〔' => '〕', _ => '\0' };
            if (close != '\0' && s.IndexOf(close, i + 1) is var end and > 0)
            {
                i = end;
            }
            else if (!Marks.Contains(s[i]))
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString().TrimEnd(Colons);
    }
}
