using System.Text;

namespace GoalLint.Normalise.Values;

/// <summary>
/// Brings a raw value to one spelling before it is read: full-width digits and symbols folded,
/// LaTeX left by PDF converters ($\geq 90\%$) turned back into text, whitespace that wrapping
/// put inside a value (≥90 百分 比, 2023 年 12 月) removed, and m2/m³ spelled as 平方米/立方米
/// so their digit is not read as a number. Every pass is a single linear scan.
/// </summary>
internal static class ValueText
{
    public static string Normalise(string raw)
    {
        var folded = Fold(raw);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                var next = i + 1;
                while (next < folded.Length && char.IsWhiteSpace(folded[next]))
                {
                    next++;
                }

                // A space stays only between two digit runs (10 20 is two numbers) or two Latin words; 100 m2 is 100m2.
                if (sb.Length > 0 && next < folded.Length && SameRun(sb[^1], folded[next]))
                {
                    sb.Append(' ');
                }

                i = next - 1;
                continue;
            }

            if (sb.Length > 0 && (char.IsAsciiDigit(sb[^1]) || sb[^1] is '万' or '亿') && TryMetricPower(folded, i, out var unit, out var length))
            {
                sb.Append(unit);
                i += length - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool SameRun(char left, char right) =>
        (char.IsAsciiDigit(left) && char.IsAsciiDigit(right)) || (char.IsAsciiLetter(left) && char.IsAsciiLetter(right));

    /// <summary>m2, m², m^2, km2, m3 written right after a number.</summary>
    private static bool TryMetricPower(string text, int pos, out string unit, out int length)
    {
        var km = text.AsSpan(pos).StartsWith("km", StringComparison.Ordinal);
        var at = pos + (km ? 2 : 1);
        unit = string.Empty;
        length = 0;
        if (!km && text[pos] != 'm')
        {
            return false;
        }

        if (at < text.Length && text[at] == '^')
        {
            at++;
        }

        if (at >= text.Length)
        {
            return false;
        }

        var power = text[at] switch { '2' or '²' => 2, '3' or '³' => 3, _ => 0 };
        if (power == 0 || (at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at + 1])))
        {
            return false;
        }

        unit = (km, power) switch { (true, 2) => "平方公里", (false, 2) => "平方米", (false, _) => "立方米", _ => string.Empty };
        length = at + 1 - pos;
        return unit.Length > 0;
    }

    /// <summary>Folds full-width forms and LaTeX commands; drops zero-width characters.</summary>
    private static string Fold(string raw)
    {
        var latex = raw.Contains('$') || raw.Contains('\\');
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (latex && c is '$' or '{' or '}')
            {
                continue;
            }

            if (latex && c == '\\')
            {
                i = LatexCommand(raw, i, sb);
                continue;
            }

            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            sb.Append(FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>Appends the text a LaTeX command stands for and returns the index of its last character.</summary>
    private static int LatexCommand(string raw, int slash, StringBuilder sb)
    {
        var end = slash + 1;
        while (end < raw.Length && char.IsAsciiLetter(raw[end]))
        {
            end++;
        }

        if (end == slash + 1)
        {
            // \% and friends: an escaped symbol stands for itself.
            if (end < raw.Length)
            {
                sb.Append(FoldChar(raw[end]));
                return end;
            }

            return slash;
        }

        var name = raw.AsSpan(slash + 1, end - slash - 1);
        var text = name switch
        {
            "geq" or "ge" or "geqslant" => "≥",
            "leq" or "le" or "leqslant" => "≤",
            "gt" => ">",
            "lt" => "<",
            "sim" => "~",
            "times" => "×",
            "text" or "mathrm" or "rm" or "textrm" or "mathbf" or "left" or "right" => string.Empty,
            _ => null,
        };
        sb.Append(text ?? raw[slash..end]);
        return end - 1;
    }

    private static char FoldChar(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' => (char)(c - 0xFEE0),
        '％' or '﹪' => '%',
        '．' => '.',
        '＞' => '>',
        '＜' => '<',
        '＝' => '=',
        '～' or '〜' => '~',
        '－' or '−' or '–' => '-',
        '＋' => '+',
        '／' => '/',
        '＊' => '*',
        '≧' or '⩾' => '≥',
        '≦' or '⩽' => '≤',
        _ => c,
    };
}
