using System.Globalization;
using System.Text;

namespace GoalLint.Ingest.Formats;

/// <summary>
/// Turns a spreadsheet cell value into the text a reviewer sees: 0.95 under a percent format
/// reads 95%, a date reads 2023-12-31 (or 2023年12月31日 under a Chinese date format), a number
/// keeps the decimals and literal units (0"人次") its format shows. Thousands separators are
/// left out so amounts read the same as in text exports.
/// </summary>
public static class CellFormatter
{
    public static string Format(object? value, string? numberFormat) => value switch
    {
        null => "",
        string s => OneLine(s),
        bool b => b ? "TRUE" : "FALSE",
        DateTime d => FormatDate(d, numberFormat ?? ""),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        double n => FormatNumber(n, numberFormat ?? ""),
        IConvertible c => FormatNumber(c.ToDouble(CultureInfo.InvariantCulture), numberFormat ?? ""),
        _ => OneLine(value.ToString() ?? ""),
    };

    /// <summary>A cell typed with Alt+Enter breaks reads as one line, joined the way wrapped text cells are.</summary>
    public static string OneLine(string text) =>
        text.Contains('\n') || text.Contains('\r') || text.Contains('\t')
            ? CellText.JoinWrapped(text.Replace('\t', ' ').Split('\n', '\r'))
            : text.Trim();

    private static string FormatDate(DateTime d, string format)
    {
        var bare = Literals(format);
        var chinese = bare.Contains('年') || bare.Contains('月') || bare.Contains('日');
        if (!chinese)
        {
            var withTime = d.TimeOfDay != TimeSpan.Zero && format.Contains('h', StringComparison.OrdinalIgnoreCase);
            return d.ToString(withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var hasYear = bare.Contains('年') || format.Contains('y', StringComparison.OrdinalIgnoreCase);
        var hasDay = bare.Contains('日');
        return (hasYear ? $"{d.Year}年" : "") + $"{d.Month}月" + (hasDay ? $"{d.Day}日" : "");
    }

    private static string FormatNumber(double n, string format)
    {
        var sections = SplitSections(format);
        var section = sections[0];
        var negative = n < 0;
        if (negative && sections.Count > 1)
        {
            section = sections[1];
        }
        else if (n == 0 && sections.Count > 2)
        {
            section = sections[2];
        }

        var text = Render(Math.Abs(n), section);
        return negative && (sections.Count == 1 || text == "") ? "-" + text : text;
    }

    /// <summary>Writes the literals of a format section around the number it places.</summary>
    private static string Render(double n, string section)
    {
        if (section.Length == 0 || section.Equals("General", StringComparison.OrdinalIgnoreCase) || section == "@")
        {
            return General(n);
        }

        var percents = 0;
        var decimals = -1;
        var placed = false;
        var sb = new StringBuilder();
        var numberAt = -1;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    end = end < 0 ? section.Length : end;
                    sb.Append(section, i + 1, Math.Max(0, end - i - 1));
                    i = end;
                    break;
                case '\\' when i + 1 < section.Length:
                    sb.Append(section[++i]);
                    break;
                case '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = section.IndexOf(']', i);
                    i = close < 0 ? section.Length : close;
                    break;
                case 'E' or 'e' when placed && i + 1 < section.Length && section[i + 1] is '+' or '-':
                    // Scientific notation: amounts in these forms never use it, so General is close enough.
                    return General(n);
                case '%':
                    percents++;
                    sb.Append('%');
                    break;
                case '0' or '#' or '?' or ',':
                    if (!placed)
                    {
                        placed = true;
                        numberAt = sb.Length;
                    }

                    decimals += decimals >= 0 && c != ',' ? 1 : 0;
                    break;
                case '.':
                    if (!placed)
                    {
                        placed = true;
                        numberAt = sb.Length;
                    }

                    decimals = 0;
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        if (!placed)
        {
            return sb.Length > 0 ? sb.ToString() : General(n);
        }

        var scaled = n * Math.Pow(100, percents);
        var number = ToDecimal(scaled) is { } d
            ? Math.Round(d, Math.Max(decimals, 0), MidpointRounding.AwayFromZero).ToString("F" + Math.Max(decimals, 0), CultureInfo.InvariantCulture)
            : General(scaled);
        return sb.Insert(numberAt, number).ToString();
    }

    /// <summary>Excel's General format: up to 15 significant digits, no exponent for amounts.</summary>
    private static string General(double n) =>
        ToDecimal(n) is { } d ? d.ToString(CultureInfo.InvariantCulture) : n.ToString("G15", CultureInfo.InvariantCulture);

    private static decimal? ToDecimal(double n) =>
        double.IsFinite(n) && Math.Abs(n) < 1e27 ? (decimal)n : null;

    /// <summary>Splits at semicolons outside quotes: positive;negative;zero;text.</summary>
    private static List<string> SplitSections(string format)
    {
        var sections = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '"')
            {
                quoted = !quoted;
            }
            else if (format[i] == '\\')
            {
                i++;
            }
            else if (format[i] == ';' && !quoted)
            {
                sections.Add(format[start..i]);
                start = i + 1;
            }
        }

        sections.Add(format[start..]);
        return sections;
    }

    /// <summary>The format with quotes and escapes removed, to look for 年/月/日.</summary>
    private static string Literals(string format) => format.Replace("\"", "").Replace("\\", "");
}
