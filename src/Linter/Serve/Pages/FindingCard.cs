using GoalLint.Serve.Data;
using Microsoft.AspNetCore.Http;

namespace GoalLint.Serve.Pages;

/// <summary>One finding as the pages show it: what, evidence, suggestion, where, the decision on it and (for reviewers) the form to decide.</summary>
public static class FindingCard
{
    public static Html Render(HttpContext http, long roundId, FindingRow f, bool showPlace = true)
    {
        var user = Accounts.Current(http);
        var d = f.Decision;
        var place = showPlace
            ? Html.Of($"""<p class="muted small">{f.Department} › {f.Unit} › {(f.TableId is { } t ? Html.Of($"""<a href="{Layout.Url(http, $"/rounds/{roundId}/tables/{t}{Layout.Query(("focus", f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))}#f{f.Id}")}">{f.Project}</a>""") : Html.Text(f.Project))} · {f.File}</p>""")
            : Html.Empty;
        var decided = d is null ? Html.Empty : Html.Of($"""
            <p class="decision small">{Layout.DecisionBadge(d.State)} {d.DecidedBy} 于 {Clock.Display(d.DecidedAt)}{(d.Justification is null ? Html.Empty : Html.Of($"：{d.Justification}"))}{(d.Expires is null ? Html.Empty : Html.Of($"（有效期至 {d.Expires}）"))}{(d.ApprovedBy is null ? Html.Empty : Html.Of($" · {d.ApprovedBy} 于 {Clock.Display(d.ApprovedAt)} 批准"))}</p>
            """);
        return Html.Of($"""
            <article class="finding sev-{f.Severity}" id="f{f.Id}" data-finding="{f.Id}" data-rule="{f.RuleId}" data-state="{f.State}">
            <h3>{Layout.SeverityBadge(f.Severity)} {f.RuleTitle} <code>{f.RuleId}</code> <span class="muted small">{Words.Category(f.Category)} · {f.Location}</span> {Layout.DecisionBadge(f.State)}</h3>
            {place}
            {(f.Indicator is null ? Html.Empty : Html.Of($"""<p class="small">指标：{f.Indicator}</p>"""))}
            <p>{f.Message}</p>
            {(f.Evidence.Length == 0 ? Html.Empty : Html.Of($"""<p class="small">原文：<mark class="evidence">{f.Evidence}</mark></p>"""))}
            {(f.Suggestion is null ? Html.Empty : Html.Of($"""<p class="fix small">修改建议：{f.Suggestion}</p>"""))}
            {decided}
            {(user?.Role is "reviewer" or "lead" ? Form(http, roundId, f) : Html.Empty)}
            {(user?.Role == "lead" && d?.State == "waive-pending" ? Approve(http, roundId, f) : Html.Empty)}
            </article>
            """);
    }

    private static Html Form(HttpContext http, long roundId, FindingRow f) => Html.Of($"""
        <form method="post" action="{Layout.Url(http, $"/rounds/{roundId}/decisions")}" class="decide">{Layout.Token(http)}
        <input type="hidden" name="fingerprint" value="{f.Fingerprint}">
        <input type="hidden" name="back" value="{Back(http, f.Id)}">
        <select name="verdict" aria-label="处理意见">
        <option value="sendback"{Layout.Selected(f.Decision?.Verdict == "sendback")}>{Words.Decision("sendback")}</option>
        <option value="accept"{Layout.Selected(f.Decision?.Verdict == "accept")}>{Words.Decision("accept")}</option>
        <option value="waive"{Layout.Selected(f.Decision?.Verdict == "waive")}>{Words.Decision("waive")}</option>
        <option value="clear">撤销处理</option>
        </select>
        <input name="justification" maxlength="500" placeholder="理由（豁免必填）" value="{f.Decision?.Justification}" aria-label="理由">
        <label class="expires">豁免到期 <input type="date" name="expires" value="{f.Decision?.Expires}"></label>
        <button type="submit">保存</button>
        </form>
        """);

    private static Html Approve(HttpContext http, long roundId, FindingRow f) => Html.Of($"""
        <form method="post" action="{Layout.Url(http, $"/rounds/{roundId}/decisions/approve")}" class="inline">{Layout.Token(http)}
        <input type="hidden" name="fingerprint" value="{f.Fingerprint}"><input type="hidden" name="back" value="{Back(http, f.Id)}">
        <button type="submit">批准豁免</button></form>
        """);

    /// <summary>Where to return after deciding: this page, at this finding.</summary>
    private static string Back(HttpContext http, long findingId) => $"{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}#f{findingId}";
}
