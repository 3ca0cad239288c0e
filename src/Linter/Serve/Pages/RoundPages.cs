using System.Globalization;
using GoalLint.Check.Packs;
using GoalLint.Serve.Checking;
using GoalLint.Serve.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoalLint.Serve.Pages;

/// <summary>Review rounds: the list, creating one, uploading submissions into it and following the check's progress.</summary>
public static class RoundPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Results.Redirect(Layout.Url(http, "/rounds")));
        app.MapGet("/rounds", (HttpContext http, Rounds rounds) => List(http, rounds, null));
        app.MapPost("/rounds", (HttpContext http, Rounds rounds, IFormCollection form) =>
        {
            var name = form["name"].ToString().Trim();
            var profile = form["profile"].ToString();
            if (name.Length is 0 or > 100 || !int.TryParse(form["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            {
                return List(http, rounds, "请填写轮次名称（100 字以内）和 2000–2100 之间的年度。");
            }

            if (profile.Length > 0 && !Profiles().Contains(profile))
            {
                return List(http, rounds, "没有这个规则配置。");
            }

            var id = rounds.Create(name, year, profile.Length == 0 ? null : profile, Accounts.Current(http)!.DisplayName);
            return Results.Redirect(Layout.Url(http, $"/rounds/{id}"));
        }).RequireAuthorization(Accounts.ReviewerPolicy);

        app.MapGet("/rounds/{id:long}", (HttpContext http, Rounds rounds, Review review, ServeOptions options, long id) =>
            rounds.Get(id) is { } round ? Overview(http, round, rounds, review, options.Limits) : NotFound(http));

        app.MapPost("/rounds/{id:long}/uploads", async (HttpContext http, Rounds rounds, ServeOptions options, CheckQueue queue, long id, IFormFileCollection files) =>
        {
            if (rounds.Get(id) is null)
            {
                return NotFound(http);
            }

            var upload = rounds.AddUpload(id, Accounts.Current(http)!.DisplayName);
            var folder = options.UploadFolder(upload);
            var refusal = files.Count > options.Limits.MaxFiles ? $"一次最多上传 {options.Limits.MaxFiles:N0} 个文件。"
                : await new UploadUnpacker(options.Limits).UnpackAsync(files.Select(f => (f.FileName, (Func<Stream>)f.OpenReadStream)), folder, http.RequestAborted);
            if (refusal is not null)
            {
                // Nothing of a refused upload is kept; the refusal shows in the upload list.
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                rounds.FailUpload(upload, refusal);
                return Results.Redirect(Layout.Url(http, $"/rounds/{id}"));
            }

            queue.Enqueue(upload);
            return Results.Redirect(Layout.Url(http, $"/rounds/{id}"));
        }).RequireAuthorization(Accounts.ReviewerPolicy);

        app.MapGet("/rounds/{id:long}/uploads/{upload:long}/progress", (Rounds rounds, long id, long upload) =>
            rounds.GetUpload(id, upload) is { } u
                ? Results.Json(new { status = u.Status, label = Words.UploadStatus(u.Status), done = u.FilesDone, total = u.FilesTotal, finished = u.Status is "done" or "failed" })
                : Results.NotFound());
    }

    /// <summary>The profiles a round may use: the shipped ones (rules/profiles/*.yaml).</summary>
    public static IReadOnlyList<string> Profiles() =>
        Directory.Exists(RulesHome.Profiles)
            ? Directory.EnumerateFiles(RulesHome.Profiles, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray()
            : [];

    public static IResult NotFound(HttpContext http) => Layout.Page(http, "找不到", Html.Of($"""<p>没有这个页面或记录。</p><p><a href="{Layout.Url(http, "/rounds")}">返回审核轮次</a></p>"""), 404);

    public static bool CanReview(HttpContext http) => Accounts.Current(http)?.Role is "reviewer" or "lead";

    public static bool CanLead(HttpContext http) => Accounts.Current(http)?.Role == "lead";

    private static IResult List(HttpContext http, Rounds rounds, string? problem)
    {
        var rows = rounds.All().Select(r => Html.Of($"""
            <tr><td><a href="{Layout.Url(http, $"/rounds/{r.Id}")}">{r.Name}</a></td><td class="n">{r.Year}</td><td>{r.Profile ?? "core（通用）"}</td><td>{r.CreatedBy}</td><td>{Clock.Display(r.CreatedAt)}</td></tr>
            """)).ToArray();
        var create = CanReview(http) ? Html.Of($"""
            <h2>新建审核轮次</h2>
            <form method="post" action="{Layout.Url(http, "/rounds")}" class="stack" id="new-round">{Layout.Token(http)}
            <label>名称 <input name="name" required maxlength="100" placeholder="例：2025 年市级部门项目绩效目标审核"></label>
            <label>预算年度 <input name="year" type="number" min="2000" max="2100" required value="{Clock.Today().Year + 1}"></label>
            <label>规则配置 <select name="profile"><option value="">core（通用）</option>{Html.Join(Profiles().Select(p => Html.Of($"""<option value="{p}">{p}</option>""")))}</select></label>
            <button type="submit">创建</button>
            </form>
            """) : Html.Empty;
        return Layout.Page(http, "审核轮次", Html.Of($"""
            {Layout.Notice(problem, error: true)}
            {(rows.Length == 0 ? Html.Of($"<p>还没有审核轮次。</p>") : Html.Of($"""<table id="rounds"><thead><tr><th>名称</th><th>年度</th><th>规则配置</th><th>创建人</th><th>创建时间</th></tr></thead><tbody>{rows}</tbody></table>"""))}
            {create}
            """));
    }

    private static IResult Overview(HttpContext http, Round round, Rounds rounds, Review review, UploadLimits limits)
    {
        var baseUrl = $"/rounds/{round.Id}";
        var uploads = rounds.Uploads(round.Id);
        var uploadRows = uploads.Select(u => Html.Of($"""
            <tr class="upload" data-status="{u.Status}"><td>#{u.Id}</td><td>{u.UploadedBy}</td><td>{Clock.Display(u.CreatedAt)}</td>
            <td>{(u.Status is "done" or "failed" ? Html.Of($"<span class=\"status-{u.Status}\">{Words.UploadStatus(u.Status)}</span>") : Html.Of($"""<progress max="{Math.Max(1, u.FilesTotal)}" value="{u.FilesDone}" data-poll="{Layout.Url(http, $"{baseUrl}/uploads/{u.Id}/progress")}"></progress> <span class="progress-label">{Words.UploadStatus(u.Status)} {u.FilesDone}/{u.FilesTotal}</span>"""))}</td>
            <td class="n">{u.Tables}</td><td class="n">{u.Findings}</td><td class="pre">{u.Message}</td></tr>
            """)).ToArray();
        var departments = review.Departments(round.Id);
        var deptRows = departments.Select(d => Html.Of($"""
            <tr><td><a href="{Layout.Url(http, $"{baseUrl}/units{Layout.Query(("department", d.Name))}")}">{d.Name}</a></td><td class="n">{d.Tables}</td><td class="n">{d.Findings}</td><td class="n">{d.Errors}</td><td class="n">{d.Warnings}</td><td class="n">{d.SentBack}</td><td class="n">{d.AverageScore}</td></tr>
            """)).ToArray();
        var upload = CanReview(http) ? Html.Of($"""
            <form method="post" action="{Layout.Url(http, $"{baseUrl}/uploads")}" enctype="multipart/form-data" class="stack" id="upload">{Layout.Token(http)}
            <label>报表文件或 .zip 压缩包（可多选；同名文件视为修改后重新报送） <input type="file" name="files" multiple required></label>
            <button type="submit">上传并检查</button>
            </form>
            <p class="muted small">上传的文件只作为数据读取，绝不会被执行；规则包、脚本（.csx）和程序会被忽略。每次最多 {limits.MaxFiles:N0} 个文件，合计不超过 {limits.MaxRequestBytes / 1024 / 1024:N0} MB。</p>
            """) : Html.Empty;
        return Layout.Page(http, round.Name, Html.Of($"""
            <p class="muted">预算年度 {round.Year} · 规则配置 {round.Profile ?? "core（通用）"} · 创建人 {round.CreatedBy}</p>
            <p class="actions"><a href="{Layout.Url(http, $"{baseUrl}/findings")}">全部发现</a>
            <a href="{Layout.Url(http, $"{baseUrl}/summary")}">轮次汇总</a>
            <a href="{Layout.Url(http, $"{baseUrl}/revisions")}">复审对比</a>
            <a href="{Layout.Url(http, $"{baseUrl}/findings.xlsx")}">导出发现清单（.xlsx）</a>
            <a href="{Layout.Url(http, $"{baseUrl}/waivers.json")}">导出豁免文件</a></p>
            <h2>上传报表</h2>
            {upload}
            {(uploadRows.Length == 0 ? Html.Empty : Html.Of($"""<table id="uploads"><thead><tr><th>批次</th><th>上传人</th><th>时间</th><th>状态</th><th>表</th><th>发现</th><th>说明</th></tr></thead><tbody>{uploadRows}</tbody></table>"""))}
            <h2>按主管部门</h2>
            {(deptRows.Length == 0 ? Html.Of($"<p>还没有检查结果。</p>") : Html.Of($"""<table id="departments"><thead><tr><th>主管部门</th><th>表</th><th>发现</th><th>错误</th><th>警告</th><th>已退回</th><th>平均得分</th></tr></thead><tbody>{deptRows}</tbody></table>"""))}
            """));
    }
}
