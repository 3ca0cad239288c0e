using System.Text.Json.Nodes;
using GoalLint.Tests.Report;
using Xunit.Abstractions;

namespace GoalLint.Tests.Serve;

/// <summary>
/// A whole round in a real browser (Debian's Chromium over the DevTools protocol): sign in, create
/// a round, upload a zip, filter, decide, open the letter and the workbook, upload a corrected
/// file and read the re-review. Screenshots of the main pages go to GOALLINT_SCREENSHOTS when set
/// (that is how docs/screenshots/ is made), else to the temp folder.
/// </summary>
public sealed class WorkbenchBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private WorkbenchHost _host = null!;
    private Chromium _browser = null!;
    private string _base = "";
    private readonly string _shots = Environment.GetEnvironmentVariable("GOALLINT_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.GetTempPath();

    public async Task InitializeAsync()
    {
        _host = await WorkbenchHost.StartAsync(inMemory: false);
        _base = _host.BaseAddress.ToString().TrimEnd('/');
        (await _host.WithAccountsAsync()).Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [BrowserFact]
    public async Task A_reviewer_does_a_whole_round_in_the_browser()
    {
        _browser = await Chromium.StartAsync();
        await _browser.SendAsync("Page.enable");
        await _browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1400, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await _browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = "window.alert = function () { window.__ran = true; };" });
        var folder = Directory.CreateTempSubdirectory("goallint-e2e-").FullName;
        try
        {
            // Sign in as the lead.
            await OpenAsync("/login");
            await RunAsync("document.querySelector('input[name=name]').value = 'lead'; document.querySelector('input[name=password]').value = 'lead-pass-1'; document.querySelector('form').requestSubmit();");
            await WaitAsync("location.pathname === '/rounds'");

            // Create a round.
            await RunAsync("var f = document.getElementById('new-round'); f.name.value = '2025 年交通系统项目绩效目标审核'; f.year.value = '2025'; f.profile.value = 'dongguan'; f.requestSubmit();");
            await WaitAsync("/^\\/rounds\\/\\d+$/.test(location.pathname)");
            var round = (string)(await EvalAsync("location.pathname"))!;

            // Upload the submissions as a zip; the page follows the check and reloads when it is done.
            var zip = Path.Combine(folder, "submissions.zip");
            await File.WriteAllBytesAsync(zip, WorkbenchHost.Zip([.. Submissions.Round(), ("交通局/说明<script>alert(1)</script>.tsv", Submissions.Goals("样例县桥梁管理所<script>alert(1)</script>", "桥梁<b>加固</b>"))]));
            await UploadAsync(zip);
            await WaitAsync("document.getElementById('departments') !== null && document.querySelector('tr.upload[data-status=done]') !== null", 120);
            Assert.Contains(Submissions.Department, (string?)await EvalAsync("document.getElementById('departments').innerText"), StringComparison.Ordinal);
            await ShotAsync("serve-round.png");

            // Filter: the severity list submits itself on change.
            await OpenAsync($"{round}/findings");
            var total = await CountAsync();
            await RunAsync("var s = document.querySelector('#filters select[name=severity]'); s.value = 'warning'; s.dispatchEvent(new Event('change'));");
            await WaitAsync("location.search.includes('severity=warning')");
            Assert.InRange(await CountAsync(), 1, total - 1);
            await RunAsync("var s = document.querySelector('#filters select[name=severity]'); s.value = ''; s.dispatchEvent(new Event('change'));");
            await WaitAsync("location.search === ''");
            await RunAsync("var q = document.querySelector('#filters input[name=q]'); q.value = '公路事务中心'; document.getElementById('filters').requestSubmit();");
            await WaitAsync("location.search.includes('q=')");
            Assert.InRange(await CountAsync(), 2, total - 1);
            Assert.True((bool?)await EvalAsync("[...document.querySelectorAll('.finding')].every(f => f.innerText.includes('公路事务中心'))"));

            // Decide: send back the first finding, waive the second with a reason and an expiry date.
            await RunAsync("var f = document.querySelectorAll('form.decide')[0]; f.verdict.value = 'sendback'; f.requestSubmit();");
            await WaitAsync("document.querySelectorAll('.finding .state-sendback').length > 0");
            await RunAsync("var f = document.querySelectorAll('form.decide')[1]; f.verdict.value = 'waive'; f.verdict.dispatchEvent(new Event('change')); f.justification.value = '已在部门预算文本中另行明确'; f.expires.value = '2099-12-31'; f.requestSubmit();");
            await WaitAsync("document.querySelectorAll('.finding .state-waive').length > 0");
            await RunAsync("window.scrollTo(0, 0);");
            await ShotAsync("serve-findings.png");

            // The project page: the table as read, the finding's cell highlighted; clicking the finding focuses its cell.
            await OpenAsync($"{round}/unit?name={Uri.EscapeDataString("样例县公路事务中心")}");
            await RunAsync("document.querySelector('#projects a').click();");
            await WaitAsync("document.getElementById('grid') !== null");
            Assert.True((bool?)await EvalAsync("document.querySelectorAll('#grid td.hit').length === 2"));
            await RunAsync("document.querySelector('.findings .finding').click();");
            await WaitAsync("document.querySelectorAll('#grid td.focus').length === 1");
            await ShotAsync("serve-table.png");

            // The letter lists what was sent back; the workbook downloads.
            await OpenAsync($"{round}/letter?unit={Uri.EscapeDataString("样例县公路事务中心")}");
            Assert.Contains("共 1 处需要修改", (string?)await EvalAsync("document.getElementById('letter').innerText"), StringComparison.Ordinal);
            await ShotAsync("serve-letter.png");
            var workbook = (string?)await EvalAsync($"fetch('{round}/findings.xlsx').then(r => r.status + ' ' + r.headers.get('content-type'))", awaitPromise: true);
            Assert.Equal("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
            var docx = (string?)await EvalAsync($"fetch('{round}/letter.docx?unit=' + encodeURIComponent('样例县公路事务中心')).then(r => r.status + ' ' + r.headers.get('content-type'))", awaitPromise: true);
            Assert.Equal("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);

            // The unit corrects its file and uploads it again: the re-review shows the difference.
            await OpenAsync(round);
            var corrected = Path.Combine(folder, "样例县公路事务中心.tsv");
            await File.WriteAllTextAsync(corrected, Submissions.Corrected());
            await UploadAsync(corrected);
            await WaitAsync("document.querySelectorAll('tr.upload[data-status=done]').length === 2", 120);
            await OpenAsync($"{round}/revisions");
            await RunAsync("document.querySelector('#revisions a').click();");
            await WaitAsync("document.getElementById('fixed-count') !== null");
            Assert.Equal("1 1 1", (string?)await EvalAsync("['fixed-count', 'new-count', 'remaining-count'].map(id => document.getElementById(id).innerText).join(' ')"));
            await ShotAsync("serve-revision.png");

            await OpenAsync($"{round}/summary");
            await ShotAsync("serve-summary.png");

            // Nothing from a submission ever ran.
            Assert.Null(await EvalAsync("window.__ran"));
            Assert.DoesNotContain("Page.javascriptDialogOpening", _browser.Events);
        }
        finally
        {
            await ShotAsync("serve-last.png");
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task OpenAsync(string path)
    {
        await _browser.SendAsync("Page.navigate", new JsonObject { ["url"] = _base + path });
        await WaitAsync($"location.href === {System.Text.Json.JsonSerializer.Serialize(new Uri(_base + path).AbsoluteUri)} && document.readyState === 'complete'");
    }

    private async Task UploadAsync(string file)
    {
        var document = await _browser.SendAsync("DOM.getDocument");
        var input = await _browser.SendAsync("DOM.querySelector", new JsonObject { ["nodeId"] = (int)document!["root"]!["nodeId"]!, ["selector"] = "#upload input[type=file]" });
        await _browser.SendAsync("DOM.setFileInputFiles", new JsonObject { ["nodeId"] = (int)input!["nodeId"]!, ["files"] = new JsonArray(file) });
        await RunAsync("document.getElementById('upload').requestSubmit();");
    }

    private async Task<int> CountAsync() =>
        int.Parse(System.Text.RegularExpressions.Regex.Match((string)(await EvalAsync("document.getElementById('count').innerText"))!, "\\d+").Value, System.Globalization.CultureInfo.InvariantCulture);

    private Task RunAsync(string script) => _browser.EvaluateAsync(script);

    private async Task<JsonNode?> EvalAsync(string expression, bool awaitPromise = false) => awaitPromise
        ? (await _browser.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }))?["result"]?["value"]
        : await _browser.EvaluateAsync(expression);

    /// <summary>Polls a condition in the page (navigations in between are expected).</summary>
    private async Task WaitAsync(string condition, int seconds = 30)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            try
            {
                if ((bool?)await _browser.EvaluateAsync($"!!({condition})") == true && (string?)await _browser.EvaluateAsync("document.readyState") == "complete")
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // The page was navigating while we asked.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"timed out waiting for {condition} on {await _browser.EvaluateAsync("location.href")}");
    }

    private async Task ShotAsync(string name)
    {
        var shot = await _browser.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(_shots);
        var path = Path.Combine(_shots, name);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot!["data"]!));
        output.WriteLine($"screenshot: {path}");
    }
}
