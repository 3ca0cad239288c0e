using System.Text.RegularExpressions;

namespace GoalLint.Report;

/// <summary>
/// <c>--redact</c>: personal contact data masked in a rendered output, so a report that is published
/// or attached to CI does not carry it. Mobile numbers keep their first three and last four digits
/// (135****1089), e-mails their first character and domain (z***@example.cn), ID numbers their
/// region code and last four characters (110101********123X). Findings stay: only the digits go.
/// Patterns stand apart from letters and digits, so fingerprints and other ids are never touched.
/// </summary>
public static partial class Redaction
{
    /// <summary>The formats redacted by default when a profile says its reports are published.</summary>
    public static readonly IReadOnlySet<string> PublishedFormats = new HashSet<string>(StringComparer.Ordinal) { "html", "markdown", "sarif", "junit" };

    public static string Apply(string output)
    {
        output = IdNumber().Replace(output, m => m.Groups["region"].Value + new string('*', 8) + m.Groups["tail"].Value);
        output = Mobile().Replace(output, m => m.Groups["head"].Value + "****" + m.Groups["tail"].Value);
        return Email().Replace(output, m => m.Groups["first"].Value + "***@" + m.Groups["domain"].Value);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<region>[1-9]\d{5})(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?<tail>\d{3}[\dXx])(?![0-9A-Za-z])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<head>1[3-9]\d)[- ]?\d{4}[- ]?(?<tail>\d{4})(?![0-9A-Za-z])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9A-Za-z._%+-])(?<first>[A-Za-z0-9])[A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();
}
