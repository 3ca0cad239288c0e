using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Findings;
using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Plugins;
using GoalLint.Check.Rules;
using GoalLint.Check.Scripts;
using GoalLint.Model;
using GoalLint.Report.Baseline;
using GoalLint.Shared.Messages;

namespace GoalLint.Tests.Report;

/// <summary>
/// A small hand-made lint run for the report goldens: three files (a text file with two tables,
/// a spreadsheet, an unreadable file), findings of every severity, a cell location, and a
/// &lt;script&gt; planted in a project name and an indicator. Built from the model, not the corpus,
/// so the goldens change only when a report changes.
/// </summary>
public static class ReportSample
{
    public static IReadOnlyList<ConfiguredRule> Rules { get; } =
    [
        Rule("formula-mismatch", "Cell formula disagrees with its value", "arithmetic", Severity.Info, "单元格公式与显示值不符：{evidence}"),
        Rule("placeholder-text", "Placeholder left in a cell", "placeholder", Severity.Error, "「{name}」填的是占位内容「{evidence}」。"),
        Rule("unreadable-structure", "Table structure could not be read", "structure", Severity.Error, "无法识别表格结构。"),
        Rule("vague-value", "Indicator value cannot be checked at year end", "vague-value", Severity.Warning, "「{name}」的指标值「{evidence}」年底无法核验。"),
    ];

    /// <summary>The run; <paramref name="moved"/> puts the first file's tables in the other order, 40 lines further down.</summary>
    public static LintResult Create(bool moved = false)
    {
        var a = new PerformanceDocument { Path = "submissions/广州/a.txt", Format = SourceFormat.Text, Layout = "guangdong-goals-pdf-text" };
        var shift = moved ? 40 : 0;
        var roads = Table(a, "城乡社区公共设施维护<script>alert(1)</script>", "440100-001", "广州市城市管理局", "广州市环卫中心", 10 + shift);
        Indicator(roads, "产出指标", "数量指标", "道路清扫面积", "≥95%", 12 + shift);
        var effect = Indicator(roads, "效益指标", "社会效益指标", "市容环境", "有效提升", 14 + shift);
        var planted = Indicator(roads, "满意度指标", "服务对象满意度指标", "<script>alert('x')</script>", "XX", 16 + shift);
        var office = Table(a, "办公设备购置", "440100-002", "广州市财政局", null, moved ? 10 : 30);
        Indicator(office, "产出指标", "数量指标", "购置台数", "12台", moved ? 12 : 32);
        if (moved)
        {
            a.Tables.Reverse();
            for (var i = 0; i < a.Tables.Count; i++)
            {
                a.Tables[i].Index = i;
            }
        }

        var b = new PerformanceDocument { Path = "submissions/深圳/b.xlsx", Format = SourceFormat.Xlsx, Layout = "shenzhen-self-evaluation" };
        var green = Table(b, "绿化养护", null, null, "深圳市绿化所", 1);
        var score = Indicator(green, "产出指标", "质量指标", "养护达标率", "=SUM(D1:D2)", 3, "Sheet1", "D3");
        var c = new PerformanceDocument { Path = "submissions/broken.txt", Format = SourceFormat.Text, Encoding = "gb18030" };

        Finding[] findings =
        [
            Issue("vague-value", a, roads, effect, effect.AnnualValue!.At, "有效提升"),
            Issue("placeholder-text", a, roads, planted, planted.AnnualValue!.At, "XX"),
            Issue("formula-mismatch", b, green, score, score.AnnualValue!.At, "=SUM(D1:D2)"),
            Issue("unreadable-structure", c, null, null, new SourceLocation(1, 1), "乱码<b>粗体</b>"),
        ];

        // In the order a run gives them (file, then line), which the streaming reports rely on.
        Array.Sort(findings, FindingOrder.Compare);
        var rules = new RuleSet(Rules, new CodeHosts(new ScriptCompiler(Path.GetTempPath()), new PluginLoader()))
        {
            Layers = ["profile guangdong (rules/profiles/guangdong.yaml)"],
        };
        return new LintResult([a, b, c], findings, [], rules);
    }

    /// <summary>Two findings baselined away, a waiver holding for vague-value, and one expired for formula-mismatch.</summary>
    public static Triage Sifted(LintResult result) => Triage.For(result.Findings, [.. result.Findings.Where(f => f.RuleId is "vague-value" or "placeholder-text").Select((f, i) => f with { Fingerprint = $"baselined{i}" })],
    [
        new(result.Findings.Single(f => f.RuleId == "vague-value").Fingerprint, "vague-value", null, "「有效提升」已在附件中量化为 ≥3 个百分点", "市财政局绩效科 王某", new DateOnly(2099, 12, 31)),
        new(result.Findings.Single(f => f.RuleId == "formula-mismatch").Fingerprint, null, null, "公式待更正", "王某", new DateOnly(2020, 1, 1)),
    ],
        new DateOnly(2025, 1, 1));

    /// <summary>The run as <c>lint</c> hands it to the reports: findings marked waived where a waiver holds, and its triage.</summary>
    public static (LintResult Result, Triage Triage) Triaged()
    {
        var result = Create();
        var triage = Sifted(result);
        return (result with { Findings = triage.Mark(result.Findings) }, triage);
    }

    private static Finding Issue(string ruleId, PerformanceDocument document, PerformanceTable? table, Indicator? indicator, SourceLocation at, string evidence) =>
        FindingFactory.Create(Rules.Single(r => r.Rule.Id == ruleId), new ReportedIssue(document, table, at, evidence, indicator));

    private static PerformanceTable Table(PerformanceDocument document, string project, string? code, string? department, string? unit, int line)
    {
        var table = new PerformanceTable { Kind = TableKind.ProjectGoals, Layout = document.Layout, Index = document.Tables.Count, At = new SourceLocation(line, 1), EndLine = line + 19 };
        table.Header.ProjectName = new TextField(project, new SourceLocation(line + 1, 5));
        table.Header.ProjectCode = code is null ? null : new TextField(code, new SourceLocation(line + 1, 30));
        table.Header.SupervisingDepartment = department is null ? null : new TextField(department, new SourceLocation(line + 2, 5));
        table.Header.SpendingUnit = unit is null ? null : new TextField(unit, new SourceLocation(line + 2, 30));
        table.Header.BudgetYear = new NumberField(2024, "2024", new SourceLocation(line, 1));
        table.Header.Budget = new MoneyField(1_200_000, "120", "万元", new SourceLocation(line + 3, 5));
        table.Header.CycleStartYear = new NumberField(2024, "2024", new SourceLocation(line + 4, 5));
        table.Header.CycleEndYear = new NumberField(2026, "2026", new SourceLocation(line + 4, 20));
        document.Tables.Add(table);
        return table;
    }

    private static Indicator Indicator(PerformanceTable table, string level1, string level2, string name, string value, int line, string? sheet = null, string? cell = null)
    {
        var indicator = new Indicator
        {
            Level1 = new TextField(level1, new SourceLocation(line, 1, sheet, cell)),
            Level2 = new TextField(level2, new SourceLocation(line, 7, sheet, cell)),
            Name = new TextField(name, new SourceLocation(line, 15, sheet, cell)),
            AnnualValue = new IndicatorValue(new TextField(value, new SourceLocation(line, 30, sheet, cell))),
            At = new SourceLocation(line, 1, sheet, cell),
            SourceRow = string.Join('\t', level1, level2, name, value, value),
        };
        table.Indicators.Add(indicator);
        return indicator;
    }

    private static ConfiguredRule Rule(string id, string title, string category, Severity severity, string message) => new()
    {
        Rule = new Rule
        {
            Id = id,
            Title = title,
            Category = Category.Parse(category, null),
            DefaultSeverity = severity,
            Message = MessageTemplate.Parse(message, out _),
            Suggestion = MessageTemplate.Parse("写成可核验的数值：比较符 + 数字 + 单位（如 ≥95%）。", out _),
            Policy = ["财预〔2021〕101号：指标应具体、可衡量、可核验"],
            Scope = new TableScope(),
            Check = new IngestCheck(),
            DefaultParams = new Dictionary<string, object>(),
            Pack = "core",
            DefinedIn = $"rules/core/{id}.yaml",
            FullPath = $"/nonexistent/rules/core/{id}.yaml",
        },
        Severity = severity,
    };
}
