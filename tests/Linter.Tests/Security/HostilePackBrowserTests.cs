using System.Text.Json.Nodes;
using GoalLint.Check.Packs;
using GoalLint.Report.Html;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Security;

/// <summary>
/// The HTML report of a run with a hostile data pack (its doc page holds every way CommonMark
/// writes a javascript: link, and raw HTML), opened in Chromium: clicking every link runs no
/// script, no element carries an event handler, and the report's own script still works under
/// its Content-Security-Policy.
/// </summary>
public sealed class HostilePackBrowserTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [BrowserFact]
    public async Task Clicking_every_link_of_a_hostile_pack_runs_no_script()
    {
        var pack = Path.Combine(HostileSubmission.Folder, "javascript-in-doc-page", "submission", "pack");
        var rules = RuleSetBuilder.Build(new RuleSetOptions { ExtraPacks = [pack], ScriptCache = _dir.PathOf("cache") });
        var result = LintPipeline.Lint([_dir.Write("table.txt", CliRun.WarningsOnlyTable)], rules);
        var report = _dir.Write("report.html", new HtmlFormat().Render(result));
        Assert.Contains("id=\"rule-shown-rule\"", File.ReadAllText(report), StringComparison.Ordinal);

        await using var browser = await Chromium.StartAsync();
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = "window.alert = function () { window.__ran = true; }; window.msgbox = window.alert;" });
        await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(report).AbsoluteUri });
        for (var i = 0; i < 100 && (string?)await browser.EvaluateAsync("document.readyState") != "complete"; i++)
        {
            await Task.Delay(100);
        }

        Assert.False((bool?)await browser.EvaluateAsync("document.getElementById('filters').hidden"));
        Assert.Equal(0, (int?)await browser.EvaluateAsync("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
        Assert.Equal(0, (int?)await browser.EvaluateAsync("[...document.querySelectorAll('a[href],img[src]')].filter(e => !/^(#|https?:|mailto:)/i.test(e.getAttribute('href') ?? e.getAttribute('src'))).length"));
        var clicked = (int?)await browser.EvaluateAsync("(() => { const links = [...document.querySelectorAll('#rule-docs a')]; links.forEach(a => a.click()); return links.length; })()");
        await Task.Delay(500);

        Assert.True(clicked >= 5, $"{clicked} links");
        Assert.Null(await browser.EvaluateAsync("window.__ran"));
        Assert.DoesNotContain("Page.javascriptDialogOpening", browser.Events);
        Assert.Equal(new Uri(report).AbsoluteUri, ((string?)await browser.EvaluateAsync("location.href"))?.Split('#')[0]);
    }
}
