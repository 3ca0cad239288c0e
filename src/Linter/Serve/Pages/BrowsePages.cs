using System.Globalization;
using GoalLint.Serve.Checking;
using GoalLint.Serve.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoalLint.Serve.Pages;

/// <summary>Browsing a round: department → unit → project (the table beside its findings), the filtered finding list, and deciding.</summary>
public static class BrowsePages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/rounds/{id:long}/units", (HttpContext http, Rounds rounds, Review review, long id, string? department) =>
            rounds.Get(id) is { } round ? Units(http, round, review, department) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/unit", (HttpContext http, Rounds rounds, Review review, long id, string? name) =>
            rounds.Get(id) is { } round && !string.IsNullOrEmpty(name) ? Unit(http, round, review, name) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/tables/{table:long}", (HttpContext http, Rounds rounds, Review review, long id, long table, long? focus) =>
            rounds.Get(id) is { } round && review.Table(id, table) is { } found ? Table(http, round, review, found, focus) : RoundPages.NotFound(http));
        app.MapGet("/rounds/{id:long}/findings", (HttpContext http, Rounds rounds, Review review, long id) =>
            rounds.Get(id) is { } round ? Findings(http, round, review) : RoundPages.NotFound(http));

        app.MapPost("/rounds/{id:long}/decisions", (HttpContext http, Decisions decisions, long id, IFormCollection form) =>
        {
            var user = Accounts.Current(http)!;
            var fingerprint = form["fingerprint"].ToString();
            var problem = form["verdict"] == "clear" ? Clear(decisions, id, fingerprint, user)
                : decisions.Decide(id, fingerprint, form["verdict"].ToString(), form["justification"].ToString(), form["expires"].ToString(), user);
            return problem is null ? Results.Redirect(LocalBack(http, form["back"].ToString(), id))
                : Layout.Page(http, "未能保存", Html.Of($"""{Layout.Notice(problem, error: true)}<p><a href="{LocalBack(http, form["back"].ToString(), id)}">返回</a></p>"""), 400);
        }).RequireAuthorization(Accounts.ReviewerPolicy);

        app.MapPost("/rounds/{id:long}/decisions/approve", (HttpContext http, Decisions decisions, long id, IFormCollection form) =>
            decisions.Approve(id, form["fingerprint"].ToString(), Accounts.Current(http)!) is { } problem
                ? Layout.Page(http, "未能批准", Layout.Notice(problem, error: true), 400)
                : Results.Redirect(LocalBack(http, form["back"].ToString(), id))).RequireAuthorization(Accounts.LeadPolicy);
    }

    /// <summary>The filter as the finding list's query string carries it.</summary>
    public static FindingFilter Filter(HttpRequest request) => new(
        Value(request, "category"), Value(request, "severity"), Value(request, "rule"), Value(request, "decision"), Value(request, "q"), Value(request, "department"), Value(request, "unit"));

    private static string? Clear(Decisions decisions, long id, string fingerprint, User user)
    {
        decisions.Clear(id, fingerprint, user);
        return null;
    }

    private static string? Value(HttpRequest request, string name) => request.Query[name].ToString() is { Length: > 0 } v ? v : null;

    /// <summary>Only a path inside this app: a form's "back" never sends the reviewer elsewhere.</summary>
    private static string LocalBack(HttpContext http, string back, long roundId) =>
        back.StartsWith(http.Request.PathBase + "/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal)
            ? back : Layout.Url(http, $"/rounds/{roundId}");

    private static Html Crumbs(HttpContext http, Round round, string? department = null, string? unit = null, string? project = null) => Html.Of($"""
        <p class="crumbs"><a href="{Layout.Url(http, $"/rounds/{round.Id}")}">{round.Name}</a>{(department is null ? Html.Empty : Html.Of($""" › <a href="{Layout.Url(http, $"/rounds/{round.Id}/units{Layout.Query(("department", department))}")}">{department}</a>"""))}{(unit is null ? Html.Empty : Html.Of($""" › <a href="{Layout.Url(http, $"/rounds/{round.Id}/unit{Layout.Query(("name", unit))}")}">{unit}</a>"""))}{(project is null ? Html.Empty : Html.Of($" › {project}"))}</p>
        """);

    private static IResult Units(HttpContext http, Round round, Review review, string? department)
    {
        var rows = review.Units(round.Id, department).Select(u => Html.Of($"""
            <tr><td><a href="{Layout.Url(http, $"/rounds/{round.Id}/unit{Layout.Query(("name", u.Name))}")}">{u.Name}</a></td><td class="n">{u.Tables}</td><td class="n">{u.Findings}</td><td class="n">{u.Errors}</td><td class="n">{u.Warnings}</td><td class="n">{u.SentBack}</td><td class="n">{u.AverageScore}</td></tr>
            """));
        return Layout.Page(http, department ?? "全部单位", Html.Of($"""
            {Crumbs(http, round, department)}
            <table id="units"><thead><tr><th>单位</th><th>表</th><th>发现</th><th>错误</th><th>警告</th><th>已退回</th><th>平均得分</th></tr></thead><tbody>{rows}</tbody></table>
            """));
    }

    private static IResult Unit(HttpContext http, Round round, Review review, string unit)
    {
        var tables = review.Tables(round.Id, unit);
        var rows = tables.Select(t => Html.Of($"""
            <tr><td><a href="{Layout.Url(http, $"/rounds/{round.Id}/tables/{t.Id}")}">{t.Project}</a></td><td>{t.ProjectCode}</td><td>{t.File}</td><td>{t.Budget}</td><td class="n">{t.Indicators}</td><td class="n">{t.Errors}</td><td class="n">{t.Warnings}</td><td class="n">{t.Infos}</td><td class="n">{t.Score}</td></tr>
            """));
        var letter = $"/rounds/{round.Id}/letter{Layout.Query(("unit", unit))}";
        var letterDocx = $"/rounds/{round.Id}/letter.docx{Layout.Query(("unit", unit))}";
        return Layout.Page(http, unit, Html.Of($"""
            {Crumbs(http, round, tables.FirstOrDefault()?.Department, null)}
            <p class="actions"><a href="{Layout.Url(http, letter)}">审核意见书（网页）</a> <a href="{Layout.Url(http, letterDocx)}">审核意见书（.docx）</a>
            <a href="{Layout.Url(http, $"/rounds/{round.Id}/findings{Layout.Query(("unit", unit))}")}">本单位全部发现</a></p>
            <table id="projects"><thead><tr><th>项目</th><th>编码</th><th>文件</th><th>预算</th><th>指标</th><th>错误</th><th>警告</th><th>提示</th><th>得分</th></tr></thead><tbody>{rows}</tbody></table>
            """));
    }

    private static IResult Table(HttpContext http, Round round, Review review, (TableRow Table, IReadOnlyList<IReadOnlyList<GridCell>> Grid, long? PreviousDocument) found, long? focus)
    {
        var (table, grid, previous) = found;
        var findings = review.AllFindings(round.Id, new FindingFilter(TableId: table.Id));
        var focused = findings.FirstOrDefault(f => f.Id == focus);
        var revision = previous is null ? null : review.Revision(round.Id, table.DocumentId);
        var body = Html.Join(grid.Select(row => Html.Of($"<tr>{Html.Join(row.Select(cell => Cell(cell, findings, focused, row.Count)))}</tr>")));
        return Layout.Page(http, table.Project, Html.Of($"""
            {Crumbs(http, round, table.Department, table.Unit, table.Project)}
            <p class="muted">{table.File} · 第 {table.Index + 1} 张表 · 得分 {table.Score} · 错误 {table.Errors} · 警告 {table.Warnings} · 提示 {table.Infos}</p>
            {(revision is null ? Html.Empty : Html.Of($"""<p class="notice">这是修改后重新报送的文件：已修正 {revision.Fixed.Count} 条，新增 {revision.New.Count} 条，仍存在 {revision.Remaining.Count} 条。<a href="{Layout.Url(http, $"/rounds/{round.Id}/revisions/{revision.DocumentId}")}">查看复审对比</a></p>"""))}
            <div class="split">
            <section class="source"><h2>原表</h2><p class="muted small">按读取到的位置排列；标黄的单元格有发现，点击右侧发现可定位。</p>
            <div class="scroll"><table class="grid" id="grid">{body}</table></div></section>
            <section class="findings"><h2>发现（{findings.Count}）</h2>
            {(findings.Count == 0 ? Html.Of($"<p>这张表没有发现。</p>") : Html.Join(findings.Select(f => FindingCard.Render(http, round.Id, f, showPlace: false))))}
            </section>
            </div>
            """));
    }

    /// <summary>A grid cell, marked when a finding points at it (strongly for the focused one), with the evidence highlighted inside it.</summary>
    private static Html Cell(GridCell cell, IReadOnlyList<FindingRow> findings, FindingRow? focused, int rowWidth)
    {
        var hits = findings.Where(f => cell.IsAt(f.Line, f.Column, f.Cell)).ToArray();
        var classes = string.Join(' ', new[] { cell.Label ? "label" : null, hits.Length > 0 ? "hit" : null, focused is not null && hits.Contains(focused) ? "focus" : null }.Where(c => c is not null));
        var ids = string.Join(' ', hits.Select(f => "f" + f.Id.ToString(CultureInfo.InvariantCulture)));
        var evidence = hits.Select(f => f.Evidence).FirstOrDefault(e => e.Length > 0 && cell.Text.Contains(e, StringComparison.Ordinal));
        var at = evidence is null ? -1 : cell.Text.IndexOf(evidence, StringComparison.Ordinal);
        var text = at < 0 ? Html.Text(cell.Text) : Html.Of($"{cell.Text[..at]}<mark>{evidence}</mark>{cell.Text[(at + evidence!.Length)..]}");
        var where = cell.Cell ?? (cell.Line > 0 ? $"第 {cell.Line} 行" + (cell.Column > 0 ? $" 第 {cell.Column} 列" : "") : "");
        var span = rowWidth == 1 ? Html.Trusted(" colspan=\"12\"") : Html.Empty;
        return Html.Of($"""<td class="{classes}" data-findings="{ids}" title="{where}"{span}>{text}</td>""");
    }

    private static IResult Findings(HttpContext http, Round round, Review review)
    {
        var filter = Filter(http.Request);
        var page = int.TryParse(http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var (rows, total) = review.Findings(round.Id, filter, page);
        var (rules, categories) = review.Facets(round.Id);
        var pages = (total + Review.PageSize - 1) / Review.PageSize;
        string PageUrl(int n) => Layout.Url(http, $"/rounds/{round.Id}/findings{Layout.Query(("category", filter.Category), ("severity", filter.Severity), ("rule", filter.Rule), ("decision", filter.Decision), ("q", filter.Query), ("department", filter.Department), ("unit", filter.Unit), ("page", n == 1 ? null : n.ToString(CultureInfo.InvariantCulture)))}");
        var pager = pages <= 1 ? Html.Empty : Html.Of($"""
            <p class="pager">{(page > 1 ? Html.Of($"""<a href="{PageUrl(page - 1)}" rel="prev">上一页</a>""") : Html.Empty)} 第 {page}/{pages} 页 {(page < pages ? Html.Of($"""<a href="{PageUrl(page + 1)}" rel="next">下一页</a>""") : Html.Empty)}</p>
            """);
        return Layout.Page(http, "审核发现", Html.Of($"""
            {Crumbs(http, round, filter.Department, filter.Unit)}
            <form method="get" action="{Layout.Url(http, $"/rounds/{round.Id}/findings")}" id="filters" class="filters">
            {(filter.Department is null ? Html.Empty : Html.Of($"""<input type="hidden" name="department" value="{filter.Department}">"""))}
            {(filter.Unit is null ? Html.Empty : Html.Of($"""<input type="hidden" name="unit" value="{filter.Unit}">"""))}
            <label>类别 <select name="category">{Layout.Options(categories.Select(c => (c, Words.Category(c))), filter.Category)}</select></label>
            <label>严重程度 <select name="severity">{Layout.Options(Words.SeverityIds.Select(s => (s, Words.Severity(s))), filter.Severity)}</select></label>
            <label>规则 <select name="rule">{Layout.Options(rules.Select(r => (r.Id, $"{r.Title}（{r.Id}）")), filter.Rule)}</select></label>
            <label>处理 <select name="decision">{Layout.Options(Words.DecisionIds.Select(s => (s, Words.Decision(s))), filter.Decision)}</select></label>
            <label>搜索 <input type="search" name="q" value="{filter.Query}" placeholder="项目、单位、指标、原文…"></label>
            <button type="submit">筛选</button> <a href="{Layout.Url(http, $"/rounds/{round.Id}/findings")}">清除</a>
            </form>
            <p id="count">共 {total} 条发现</p>
            {pager}
            <div id="finding-list">{Html.Join(rows.Select(f => FindingCard.Render(http, round.Id, f)))}</div>
            {pager}
            """));
    }
}
