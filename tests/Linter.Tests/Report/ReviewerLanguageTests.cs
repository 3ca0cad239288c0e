using System.Net;
using System.Text.RegularExpressions;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Model;
using GoalLint.Report.RuleDocs;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Report;

/// <summary>
/// The golden audit reports of the corpus read in Chinese: once ids, paths, code and text quoted
/// from the submission are set aside, no Latin-letter word is left for a reviewer to read.
/// </summary>
public sealed partial class ReviewerLanguageTests
{
    /// <summary>Names that stay as they are in Chinese prose: the tool, file formats and encodings.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "GoalLint", "goallint", "QQ", "Markdown", "Excel", "CSV", "JSON", "PDF", "xlsx", "xls", "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030",
    };

    public static TheoryData<string> Reports => new(Directory.EnumerateFiles(Repo.InRepo("tests", "golden", "reports", "corpus"))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Reports))]
    public void No_english_word_a_reviewer_would_read(string report)
    {
        var text = File.ReadAllText(Repo.InRepo("tests", "golden", "reports", "corpus", report));
        var prose = WithoutSubmissionText(report.EndsWith(".html", StringComparison.Ordinal) ? HtmlProse(text) : MarkdownProse(text), report);
        var ids = Ids();
        var english = LatinWord().Matches(prose).Select(m => m.Value)
            .Where(w => !w.Any(char.IsAsciiDigit) && !ids.Contains(w) && !Names.Contains(w) && !w.Contains('/') && !FileName().IsMatch(w))
            .Distinct().ToArray();
        Assert.True(english.Length == 0, $"{report}: {string.Join(", ", english)}");
    }

    /// <summary>The prose without the texts read from the report's corpus file (project names, units, indicators, goals).</summary>
    private static string WithoutSubmissionText(string prose, string report)
    {
        var stem = Path.GetFileNameWithoutExtension(report);
        var source = Directory.EnumerateFiles(Repo.Corpus).Single(f => Path.GetFileNameWithoutExtension(f) == stem);
        var tables = LintPipeline.Lint([source], RuleSetBuilder.Build(new RuleSetOptions())).Documents.SelectMany(d => d.Tables);
        var texts = tables.SelectMany(t => new[] { t.Header.ProjectName, t.Header.ProjectCode, t.Header.SupervisingDepartment, t.Header.SpendingUnit, t.Title }
                .Concat(t.Indicators.SelectMany(i => new[] { i.Name, i.Description, i.AnnualValue?.Raw, i.CycleValue?.Raw, i.ActualValue?.Raw })))
            .OfType<TextField>().Select(f => f.Text.Trim()).Where(s => s.Any(char.IsAsciiLetter)).Distinct().OrderByDescending(s => s.Length);
        return texts.Aggregate(prose, (p, t) => p.Replace(t, " ", StringComparison.Ordinal));
    }

    /// <summary>Rule ids, categories, packs and ingest codes: ASCII ids a report may name.</summary>
    private static HashSet<string> Ids() =>
        RuleReference.Shipped(Repo.InRepo("rules")).SelectMany(r => new[] { r.Id, r.Pack })
            .Concat(Category.All)
            .Concat(MessageCatalogue.Ids.Where(i => i.StartsWith(RuleReference.CodePrefix, StringComparison.Ordinal)).Select(i => i[RuleReference.CodePrefix.Length..]))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>What a reviewer reads of a Markdown report: without code, link targets, anchors and text quoted from the submission.</summary>
    private static string MarkdownProse(string markdown)
    {
        markdown = FencedCode().Replace(markdown, "");
        markdown = string.Join('\n', markdown.Split('\n').Where(l => !l.TrimStart().StartsWith("- 原文：", StringComparison.Ordinal)));
        return WebUtility.HtmlDecode(Quoted().Replace(InlineCode().Replace(LinkTarget().Replace(Anchor().Replace(markdown, ""), "]"), ""), ""));
    }

    /// <summary>What a reviewer reads of an HTML report: the text outside scripts, styles, code and the source excerpts.</summary>
    private static string HtmlProse(string html)
    {
        html = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>|<code>.*?</code>|<pre[^>]*>.*?</pre>", "", RegexOptions.Singleline);
        return Quoted().Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), "");
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9_.:/-]*")]
    private static partial Regex LatinWord();

    [GeneratedRegex("^[\\w-]+\\.(txt|md|csv|tsv|xlsx|xls|json|yaml|html)$")]
    private static partial Regex FileName();

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("\\]\\([^)]*\\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("<a id=\"[^\"]*\"></a>")]
    private static partial Regex Anchor();

    /// <summary>「…」 quotes the submission, “…” an example of what submissions say: their text is the author's, not the report's.</summary>
    [GeneratedRegex("「[^」]*」|“[^”]*”")]
    private static partial Regex Quoted();
}
