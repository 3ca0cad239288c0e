using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using GoalLint.Report.Baseline;
using GoalLint.Serve.Data;

namespace GoalLint.Tests.Serve;

/// <summary>
/// The workbench over HTTP against a temporary SQLite file: accounts and roles, a round from
/// upload to letters, decisions that survive a corrected upload, and the waiver file round trip.
/// </summary>
public sealed partial class WorkbenchApiTests : IAsyncLifetime
{
    private WorkbenchHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkbenchHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Fresh_start_creates_and_migrates_the_database_and_asks_for_the_first_lead()
    {
        using var anonymous = _host.NewSession();
        var response = await anonymous.Client.GetAsync("/rounds");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Equal("/setup", (await anonymous.Client.GetAsync("/login")).Headers.Location!.OriginalString);

        Assert.True(File.Exists(Path.Combine(_host.Data, Database.FileName)));
        using var connection = new Database(_host.Data).Open();
        Assert.Equal((long)Migrations.All.Count, connection.Scalar("PRAGMA user_version"));

        await _host.WithAccountsAsync();
        // Once an account exists, /setup cannot make another lead.
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Client.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Posts_without_an_anti_forgery_token_are_refused_and_bad_passwords_do_not_sign_in()
    {
        using var lead = await _host.WithAccountsAsync();
        var forged = await lead.Client.PostAsync("/rounds", new FormUrlEncodedContent([new("name", "伪造"), new("year", "2025")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var stranger = _host.NewSession();
        var wrong = await stranger.PostFormAsync("/login", "/login", ("name", "lead"), ("password", "wrong-password"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_and_pages_have_no_inline_script()
    {
        using var lead = await _host.WithAccountsAsync();
        using var response = await lead.Client.GetAsync("/rounds");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.All(ScriptTags().Matches(html), m => Assert.Contains("src=", m.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_goes_from_upload_to_browse_filters_decisions_letters_and_workbook()
    {
        using var lead = await _host.WithAccountsAsync();
        var round = await Rounds.CreateAsync(lead);
        await Rounds.UploadAndWaitAsync(lead, round, ("submissions.zip", WorkbenchHost.Zip(Submissions.Round())));

        var overview = await lead.GetStringAsync(round);
        Assert.Contains(Submissions.Department, overview, StringComparison.Ordinal);
        var unitPage = await lead.GetStringAsync($"{round}/unit?name={Uri.EscapeDataString("样例县公路事务中心")}");
        var tableUrl = TableLink().Match(unitPage).Groups[1].Value;
        var table = await lead.GetStringAsync(tableUrl);
        // The finding's cell is highlighted in the table, with the evidence marked inside it.
        Assert.Matches("<td class=\"hit\" data-findings=\"f\\d+\" title=\"第 15 行 第 15 列\"><mark>良好</mark></td>", table);

        var all = await lead.GetStringAsync($"{round}/findings");
        Assert.Contains("共 3 条发现", all, StringComparison.Ordinal);
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?severity=warning"), StringComparison.Ordinal);
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?rule=placeholder-goal"), StringComparison.Ordinal);
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?q={Uri.EscapeDataString("养护站")}"), StringComparison.Ordinal);

        using var reviewer = _host.NewSession();
        await reviewer.SignInAsync("reviewer", "review-pass-1");
        var vague = await Rounds.FingerprintAsync(reviewer, round, "vague-value");
        var placeholder = await Rounds.FingerprintAsync(reviewer, round, "placeholder-goal", unit: "样例县公路事务中心");
        await Rounds.DecideAsync(reviewer, round, vague, "sendback");
        await Rounds.DecideAsync(reviewer, round, placeholder, "waive", "年度目标已在部门预算文本中另行明确", "2099-12-31");
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?decision=waive-pending"), StringComparison.Ordinal);
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?decision=none"), StringComparison.Ordinal);

        // A reviewer's waiver waits for a lead; only approved waivers leave in the waiver file.
        Assert.Empty(await WaiversAsync(lead, round));
        var approve = await lead.PostFormAsync($"{round}/findings", $"{round}/decisions/approve", ("fingerprint", placeholder), ("back", $"{round}/findings"));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var waiver = Assert.Single(await WaiversAsync(lead, round));
        Assert.Equal((placeholder, "王组长", new DateOnly(2099, 12, 31)), (waiver.Fingerprint, waiver.ApprovedBy, waiver.Expires!.Value));
        Assert.Equal("交通局/样例县公路事务中心.tsv", waiver.File);

        var letter = await lead.GetStringAsync($"{round}/letter?unit={Uri.EscapeDataString("样例县公路事务中心")}");
        Assert.Contains("关于样例县公路事务中心 2025 年度预算绩效目标的审核意见", letter, StringComparison.Ordinal);
        Assert.Contains("1 个项目共 1 处需要修改", letter, StringComparison.Ordinal);
        Assert.Contains("<mark>良好</mark>", letter, StringComparison.Ordinal);

        var docx = await lead.Client.GetByteArrayAsync($"{round}/letter.docx?unit={Uri.EscapeDataString("样例县公路事务中心")}");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("审核意见", text, StringComparison.Ordinal);
            Assert.Contains("检测报告质量", text, StringComparison.Ordinal);
        }

        var xlsx = await lead.Client.GetByteArrayAsync($"{round}/findings.xlsx");
        using (var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var rows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToArray();
            Assert.Equal(4, rows.Length);
            Assert.Contains(rows, r => r.InnerText.Contains("退回", StringComparison.Ordinal) && r.InnerText.Contains(vague, StringComparison.Ordinal));
        }

        var summary = await lead.GetStringAsync($"{round}/summary");
        Assert.Contains("指标值不可核验", summary, StringComparison.Ordinal); // the category named as the reports name it
        Assert.Contains(Submissions.Department, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_file_shows_fixed_new_and_remaining_and_keeps_the_decisions()
    {
        using var lead = await _host.WithAccountsAsync();
        var round = await Rounds.CreateAsync(lead);
        await Rounds.UploadAndWaitAsync(lead, round, ("submissions.zip", WorkbenchHost.Zip(Submissions.Round())));
        var placeholder = await Rounds.FingerprintAsync(lead, round, "placeholder-goal", unit: "样例县公路事务中心");
        await Rounds.DecideAsync(lead, round, placeholder, "sendback");

        // Uploaded on its own, under its bare name: it replaces the file of that name in the round.
        await Rounds.UploadAndWaitAsync(lead, round, ("样例县公路事务中心.tsv", System.Text.Encoding.UTF8.GetBytes(Submissions.Corrected())));
        var revisions = await lead.GetStringAsync($"{round}/revisions");
        var revision = await lead.GetStringAsync(RevisionLink().Match(revisions).Groups[1].Value);
        Assert.Contains("已修正 <b id=\"fixed-count\">1</b> 条，新增 <b id=\"new-count\">1</b> 条，仍存在 <b id=\"remaining-count\">1</b> 条", revision, StringComparison.Ordinal);
        Assert.Equal(placeholder, await Rounds.FingerprintAsync(lead, round, "placeholder-goal", unit: "样例县公路事务中心"));
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{round}/findings?decision=sendback"), StringComparison.Ordinal);
        Assert.Contains("共 3 条发现", await lead.GetStringAsync($"{round}/findings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waivers_export_as_the_waiver_file_and_import_into_another_round()
    {
        using var lead = await _host.WithAccountsAsync();
        var first = await Rounds.CreateAsync(lead);
        await Rounds.UploadAndWaitAsync(lead, first, ("submissions.zip", WorkbenchHost.Zip(Submissions.Round())));
        var vague = await Rounds.FingerprintAsync(lead, first, "vague-value");
        await Rounds.DecideAsync(lead, first, vague, "waive", "质量按行业检测规范分级评定", "2099-06-30");
        var exported = await lead.Client.GetByteArrayAsync($"{first}/waivers.json");

        var second = await Rounds.CreateAsync(lead);
        await Rounds.UploadAndWaitAsync(lead, second, ("submissions.zip", WorkbenchHost.Zip(Submissions.Round())));
        var imported = await lead.UploadAsync($"{second}/summary", $"{second}/waivers", "file", ("waivers.json", exported));
        Assert.Contains("导入 1 条豁免", await imported.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("共 1 条发现", await lead.GetStringAsync($"{second}/findings?decision=waive"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_limit_who_may_decide_approve_and_manage_accounts()
    {
        using var lead = await _host.WithAccountsAsync();
        var round = await Rounds.CreateAsync(lead);
        await Rounds.UploadAndWaitAsync(lead, round, ("submissions.zip", WorkbenchHost.Zip(Submissions.Round())));
        var vague = await Rounds.FingerprintAsync(lead, round, "vague-value");

        using var reader = _host.NewSession();
        await reader.SignInAsync("reader", "reader-pass-1");
        var findings = await reader.GetStringAsync($"{round}/findings");
        Assert.DoesNotContain("class=\"decide\"", findings, StringComparison.Ordinal);
        var token = await reader.TokenAsync($"{round}/findings");
        var denied = await reader.Client.PostAsync($"{round}/decisions", new FormUrlEncodedContent([new("__token", token), new("fingerprint", vague), new("verdict", "accept")]));
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/denied", new Uri(reader.Client.BaseAddress!, denied.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.Client.GetAsync("/users")).StatusCode);

        using var reviewer = _host.NewSession();
        await reviewer.SignInAsync("reviewer", "review-pass-1");
        await Rounds.DecideAsync(reviewer, round, vague, "waive", "按规范分级", "2099-01-01");
        var approve = await reviewer.PostFormAsync($"{round}/findings", $"{round}/decisions/approve", ("fingerprint", vague));
        Assert.Equal("/denied", new Uri(reviewer.Client.BaseAddress!, approve.Headers.Location!).AbsolutePath);

        // A waiver needs a reason and an expiry date.
        var bare = await reviewer.PostFormAsync($"{round}/findings", $"{round}/decisions", ("fingerprint", vague), ("verdict", "waive"), ("justification", ""), ("expires", ""));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
    }

    private static async Task<IReadOnlyList<Waiver>> WaiversAsync(WorkbenchHost.Session session, string round)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, await session.Client.GetByteArrayAsync($"{round}/waivers.json"));
            return WaiverFile.Read(path, "waivers.json").Waivers;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTags();

    [GeneratedRegex("href=\"(/rounds/\\d+/tables/\\d+)\"")]
    private static partial Regex TableLink();

    [GeneratedRegex("href=\"(/rounds/\\d+/revisions/\\d+)\"")]
    private static partial Regex RevisionLink();
}
