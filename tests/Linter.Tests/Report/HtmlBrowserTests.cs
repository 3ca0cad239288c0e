using System.Text.Json.Nodes;
using GoalLint.Report.Html;
using Xunit.Abstractions;

namespace GoalLint.Tests.Report;

/// <summary>
/// The HTML report in a real browser: the planted &lt;script&gt; shows as text and never runs, and
/// the severity filter hides what it should. A screenshot is kept for a failure to be looked at.
/// </summary>
public sealed class HtmlBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("goallint-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [BrowserFact]
    public async Task Filter_works_and_planted_script_never_runs()
    {
        var report = Path.Combine(_dir, "report.html");
        await File.WriteAllTextAsync(report, new HtmlFormat().Render(ReportSample.Create()));
        await using var browser = await Chromium.StartAsync();
        await browser.SendAsync("Page.enable");
        await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = "window.alert = function () { window.__ran = true; };" });
        await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(report).AbsoluteUri });
        for (var i = 0; i < 100 && (string?)await browser.EvaluateAsync("document.readyState") != "complete"; i++)
        {
            await Task.Delay(100);
        }

        try
        {
            Assert.True((bool?)await browser.EvaluateAsync("document.body.innerText.includes(\"<script>alert('x')</script>\")"));
            Assert.Null(await browser.EvaluateAsync("window.__ran"));
            Assert.DoesNotContain("Page.javascriptDialogOpening", browser.Events);
            Assert.False((bool?)await browser.EvaluateAsync("document.getElementById('filters').hidden"));
            const string visible = "[...document.querySelectorAll('.finding')].filter(f => f.offsetParent !== null).map(f => f.dataset.rule).sort().join(',')";
            Assert.Equal("formula-mismatch,placeholder-text,unreadable-structure,vague-value", (string?)await browser.EvaluateAsync(visible));
            await browser.EvaluateAsync("var s = document.getElementById('f-severity'); s.value = 'error'; s.dispatchEvent(new Event('input', { bubbles: true }));");
            Assert.Equal("placeholder-text,unreadable-structure", (string?)await browser.EvaluateAsync(visible));
            Assert.True((bool?)await browser.EvaluateAsync("document.getElementById('t3-1').offsetParent === null"));
        }
        finally
        {
            var shot = await browser.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
            var png = Path.Combine(Path.GetTempPath(), "goallint-html-report.png");
            await File.WriteAllBytesAsync(png, Convert.FromBase64String((string)shot!["data"]!));
            output.WriteLine($"screenshot: {png}");
        }
    }
}
