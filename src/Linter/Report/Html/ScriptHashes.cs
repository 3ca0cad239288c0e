using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GoalLint.Report.Html;

/// <summary>
/// The CSP sources (<c>'sha256-…'</c>) of the scripts a report template writes as they stand in
/// the template: only a script with no template code in it (<c>{{ }}</c>) is the template's own
/// and fixed, so only those are hashed; anything else would not run.
/// </summary>
public static partial class ScriptHashes
{
    public static string Of(string templateSource)
    {
        var hashes = Script().Matches(templateSource).Select(m => m.Groups["body"].Value).Where(body => !body.Contains("{{", StringComparison.Ordinal))
            .Select(body => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}'")
            .Distinct().ToArray();
        return hashes.Length > 0 ? string.Join(' ', hashes) : "'none'";
    }

    [GeneratedRegex(@"<script>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Script();
}
