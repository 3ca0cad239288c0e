using GoalLint.Shared.Json;
using System.Text;
using System.Text.Json;
using GoalLint.Check.Yaml;
using GoalLint.Report.Baseline;
using GoalLint.Report.Json;
using GoalLint.Serve.Data;
using GoalLint.Serve.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoalLint.Serve.Pages;

/// <summary>What leaves the workbench: letters per unit, the findings workbook, the waiver file (and its import), the round summary, the re-review.</summary>
public static class ExportPages
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/rounds/{id:long}/letter", (HttpContext http, Rounds rounds, Review review, long id, string? unit) =>
            rounds.Get(id) is { } round && !string.IsNullOrEmpty(unit) ? LetterPage(http, Letter.For(round, unit, review.AllFindings(id, new FindingFilter(Unit: unit)))) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/letter.docx", (HttpContext http, Rounds rounds, Review review, long id, string? unit) =>
            rounds.Get(id) is { } round && !string.IsNullOrEmpty(unit)
                ? Results.File(LetterDocx.Render(Letter.For(round, unit, review.AllFindings(id, new FindingFilter(Unit: unit)))), Docx, $"审核意见-{unit}.docx")
                : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/findings.xlsx", (HttpContext http, Rounds rounds, Review review, long id) =>
            rounds.Get(id) is { } round
                ? Results.File(FindingsWorkbook.Render(review.AllFindings(id, BrowsePages.Filter(http.Request))), Xlsx, $"审核发现-{round.Year}-{round.Id}.xlsx")
                : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/waivers.json", (HttpContext http, Rounds rounds, Decisions decisions, long id) =>
            rounds.Get(id) is null ? RoundPages.NotFound(http)
                : Results.File(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(decisions.Export(id), JsonDefaults.Options) + "\n"), "application/json", $"goallint-waivers-{id}.json"));
        app.MapPost("/rounds/{id:long}/waivers", async (HttpContext http, Rounds rounds, Decisions decisions, long id, IFormFile file) =>
        {
            if (rounds.Get(id) is null)
            {
                return RoundPages.NotFound(http);
            }

            var temp = Path.GetTempFileName();
            try
            {
                await using (var copy = File.Create(temp))
                {
                    await file.CopyToAsync(copy, http.RequestAborted);
                }

                var count = decisions.Import(id, WaiverFile.Read(temp, file.FileName), Accounts.Current(http)!);
                return Layout.Page(http, "已导入豁免", Html.Of($"""<p>已从“{file.FileName}”导入 {count} 条豁免。</p><p><a href="{Layout.Url(http, $"/rounds/{id}")}">返回本轮</a></p>"""));
            }
            catch (ConfigurationException ex)
            {
                return Layout.Page(http, "豁免文件有误", Html.Of($"""{Layout.Notice(string.Join("\n", ex.Errors), error: true)}<p><a href="{Layout.Url(http, $"/rounds/{id}/summary")}">返回</a></p>"""), 400);
            }
            finally
            {
                File.Delete(temp);
            }
        }).RequireAuthorization(Accounts.LeadPolicy);

        app.MapGet("/rounds/{id:long}/summary", (HttpContext http, Rounds rounds, Review review, long id) =>
            rounds.Get(id) is { } round ? Summary(http, round, review) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/revisions", (HttpContext http, Rounds rounds, Review review, long id) =>
            rounds.Get(id) is { } round ? Revisions(http, round, review) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/revisions/{document:long}", (HttpContext http, Rounds rounds, Review review, long id, long document) =>
            rounds.Get(id) is { } round && review.Revision(id, document) is { } revision ? RevisionPage(http, round, revision) : RoundPages.NotFound(http));
    }

    private static IResult LetterPage(HttpContext http, Letter letter)
    {
        var projects = letter.Projects.Select((p, n) => Html.Of($"""
            <h2>{n + 1}. {p.Project}</h2><p class="muted small">{p.File}</p>
            <table class="letter"><thead><tr><th>序号</th><th>位置</th><th>指标</th><th>问题</th><th>原文</th><th>修改建议</th></tr></thead><tbody>
            {Html.Join(p.Findings.Select((f, i) => Html.Of($"<tr><td class=\"n\">{i + 1}</td><td>{f.Location}</td><td>{f.Indicator}</td><td>{Words.Category(f.Category)}：{f.Message}</td><td><mark>{f.Evidence}</mark></td><td>{f.Suggestion}</td></tr>")))}
            </tbody></table>
            """));
        return Layout.Page(http, letter.Title, Html.Of($"""
            <div class="letter-page" id="letter">
            <p>{letter.Opening}</p>
            {Html.Join(projects)}
            <p class="sign">{letter.RoundName}<br>{letter.Date}</p>
            </div>
            """));
    }

    private static IResult Summary(HttpContext http, Round round, Review review)
    {
        var s = review.Summary(round.Id);
        var departments = review.Departments(round.Id);
        var max = Math.Max(1, s.Categories.Select(c => c.Count).DefaultIfEmpty(0).Max());
        Html Counts(IEnumerable<(string Name, int Count)> counts, Func<string, string> label) =>
            Html.Join(counts.Select(c => Html.Of($"<tr><td>{label(c.Name)}</td><td class=\"n\">{c.Count}</td></tr>")));
        var bars = Html.Join(s.Categories.Select(c => Html.Of($"""<tr><td>{Words.Category(c.Name)}</td><td class="n">{c.Count}</td><td class="barcell"><meter min="0" max="{max}" value="{c.Count}"></meter></td></tr>""")));
        return Layout.Page(http, $"{round.Name} · 轮次汇总", Html.Of($"""
            <p class="crumbs"><a href="{Layout.Url(http, $"/rounds/{round.Id}")}">{round.Name}</a> › 轮次汇总</p>
            <div class="cards"><div class="card"><b>{s.Files}</b>文件</div><div class="card"><b>{s.Tables}</b>表</div>{Html.Join(s.Severities.Select(v => Html.Of($"<div class=\"card\"><b>{v.Count}</b>{Words.Severity(v.Name)}</div>")))}</div>
            <h2>按类别</h2><table id="by-category"><tbody>{bars}</tbody></table>
            <h2>按处理状态</h2><table id="by-decision"><tbody>{Counts(s.States, Words.Decision)}</tbody></table>
            <h2>按主管部门</h2>
            <table id="by-department"><thead><tr><th>主管部门</th><th>表</th><th>发现</th><th>错误</th><th>警告</th><th>已退回</th><th>平均得分</th></tr></thead><tbody>
            {Html.Join(departments.Select(d => Html.Of($"<tr><td>{d.Name}</td><td class=\"n\">{d.Tables}</td><td class=\"n\">{d.Findings}</td><td class=\"n\">{d.Errors}</td><td class=\"n\">{d.Warnings}</td><td class=\"n\">{d.SentBack}</td><td class=\"n\">{d.AverageScore}</td></tr>")))}
            </tbody></table>
            <h2>表得分分布</h2><p class="muted small">得分 = {GoalLint.Report.Templates.ReportViewBuilder.ScoreFormula}</p>
            <table id="by-score"><tbody>{Counts(s.Scores.Select(b => (b.Band, b.Tables)), b => b)}</tbody></table>
            {(RoundPages.CanLead(http) ? Html.Of($"""
            <h2>导入豁免文件</h2>
            <form method="post" action="{Layout.Url(http, $"/rounds/{round.Id}/waivers")}" enctype="multipart/form-data" class="stack">{Layout.Token(http)}
            <label>GoalLint 豁免文件（.json） <input type="file" name="file" accept=".json,application/json" required></label><button type="submit">导入</button></form>
            """) : Html.Empty)}
            """));
    }

    private static IResult Revisions(HttpContext http, Round round, Review review)
    {
        var rows = review.Revisions(round.Id).Select(r => Html.Of($"""
            <tr><td><a href="{Layout.Url(http, $"/rounds/{round.Id}/revisions/{r.DocumentId}")}">{r.File}</a></td><td>{r.Unit}</td><td class="n">{r.Fixed.Count}</td><td class="n">{r.New.Count}</td><td class="n">{r.Remaining.Count}</td></tr>
            """)).ToArray();
        return Layout.Page(http, "复审对比", Html.Of($"""
            <p class="crumbs"><a href="{Layout.Url(http, $"/rounds/{round.Id}")}">{round.Name}</a> › 复审对比</p>
            {(rows.Length == 0 ? Html.Of($"<p>还没有重新报送的文件。上传与已有文件同名的修改稿即可复审。</p>") : Html.Of($"""<table id="revisions"><thead><tr><th>文件</th><th>单位</th><th>已修正</th><th>新增</th><th>仍存在</th></tr></thead><tbody>{rows}</tbody></table>"""))}
            """));
    }

    private static IResult RevisionPage(HttpContext http, Round round, Revision revision)
    {
        Html Section(string id, string title, IReadOnlyList<FindingRow> findings) => Html.Of($"""
            <section id="{id}"><h2>{title}（{findings.Count}）</h2>{(findings.Count == 0 ? Html.Of($"<p class=\"muted\">无</p>") : Html.Join(findings.Select(f => FindingCard.Render(http, round.Id, f))))}</section>
            """);
        return Layout.Page(http, $"复审：{revision.File}", Html.Of($"""
            <p class="crumbs"><a href="{Layout.Url(http, $"/rounds/{round.Id}")}">{round.Name}</a> › <a href="{Layout.Url(http, $"/rounds/{round.Id}/revisions")}">复审对比</a></p>
            <p>与上次报送相比（按发现指纹比对，行号变动不影响）：已修正 <b id="fixed-count">{revision.Fixed.Count}</b> 条，新增 <b id="new-count">{revision.New.Count}</b> 条，仍存在 <b id="remaining-count">{revision.Remaining.Count}</b> 条。原有的处理意见已沿用。</p>
            {Section("fixed", "已修正", revision.Fixed)}
            {Section("new", "新增", revision.New)}
            {Section("remaining", "仍存在", revision.Remaining)}
            """));
    }
}
