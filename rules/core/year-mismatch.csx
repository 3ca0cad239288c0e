// year-mismatch: years that contradict the budget year or the 实施周期.
// Globals: Table, Params, Report(...) — see GoalLint.Analysis.AnalysisContext.
var header = Table!.Header;

// The years written as "2023年" / "2023 年" in a text, in order. Scanned by hand rather than with a
// regex: a script's regex carries a wall-clock time-out, which a loaded machine can trip.
List<int> Years(string text)
{
    var years = new List<int>();
    for (var i = 0; i + 4 < text.Length; i++)
    {
        if (text[i] != '2' || text[i + 1] != '0' || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]))
        {
            continue;
        }

        var after = i + 4;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after < text.Length && text[after] == '年')
        {
            years.Add(2000 + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0'));
            i = after;
        }
    }

    return years;
}

// Years go through SafeNumber: a submission's number may be anything, and an overflowing cast
// would fail the rule for the whole table.
int? budgetYear = header.BudgetYear is { } b ? SafeNumber.ToInt(b.Value)
    : Table.Goals.AnnualGoalLabel is { } label && Years(label.Text) is [var first, ..] ? first
    : null;
int? start = header.CycleStartYear is { } s ? SafeNumber.ToInt(s.Value) : null;
int? end = header.CycleEndYear is { } e ? SafeNumber.ToInt(e.Value) : null;
var baseline = Params.Words("baseline-words");
var changes = Params.Words("change-words");
var namedYearLag = Params.Number("named-year-lag", 1);
var programmes = Params.Words("programme-words");

// 2023年度试点项目 names a programme by its year: work on it (验收, 巩固) may follow years later. The words
// count only in the clause the year opens (up to the next comma).
bool NamesProgramme(string sentence, int year)
{
    var at = sentence.IndexOf($"{year}年度", StringComparison.Ordinal);
    var clause = sentence[at..];
    var stop = clause.IndexOfAny(['，', ',', '、']);
    clause = stop < 0 ? clause : clause[..stop];
    return programmes.Any(w => clause.Contains(w));
}

// A baseline word next to the year (较2023年, 2023年以来, 在2023年基础上) marks a comparison, not last
// year's work. Only the words around the year count: 比例 elsewhere in the sentence is no 比.
bool Baseline(string text, int year)
{
    var at = Math.Max(0, text.IndexOf($"{year}", StringComparison.Ordinal));
    var from = Math.Max(0, at - 4);
    var around = text[from..Math.Min(text.Length, at + 12)];
    return baseline.Any(w => around.Contains(w));
}

// A year followed by a verb of change (2024年提高≥3个百分点) states a change against that year, never a
// deadline: the words that set one (前, 底, 末) are missing.
bool ChangeAfterYear(string text, int year) => changes.Any(w => text.Contains($"{year}年{w}", StringComparison.Ordinal));

void Flag(SourceLocation at, string evidence, string detail, Indicator? indicator = null) =>
    Report(at, evidence, indicator, new Dictionary<string, string> { ["detail"] = detail });

if (budgetYear is { } year && end is { } cycleEnd && cycleEnd < year)
{
    Flag(header.CycleEndYear!.At, $"{start}–{cycleEnd}", $"实施周期在 {cycleEnd} 年已结束，早于预算年度 {year}");
}

if (budgetYear is { } budget && start is { } cycleStart && cycleStart > budget)
{
    Flag(header.CycleStartYear!.At, $"{cycleStart}–{end}", $"实施周期 {cycleStart} 年才开始，晚于预算年度 {budget}");
}

// The annual goal and the fund text (资金用途) describe the budget year's work and money: an earlier
// year in a sentence that is not a baseline is a copy from last year.
foreach (var (text, label, noun) in new[] { (Table.Goals.AnnualGoal, "年度目标", "工作"), (header.FundUse, "年度资金用途", "资金安排") })
{
    if (budgetYear is not { } goalYear || text is null)
    {
        continue;
    }

    foreach (var sentence in text.Text.Split(['。', '；', ';', '\n']))
    {
        foreach (var mentioned in Years(sentence))
        {
            // 2022年度国土变更调查 names a survey or an account by the year it covers: this year's work on it,
            // when that year is just behind the budget year (named-year-lag), or a programme by its year (2023年度
            // 试点项目) at any distance. Older work named so (完成2023年度…监测 in 2025) is a goal copied forward.
            // Money 用于2023年度… is that year's spending, not a name.
            if (sentence.Contains($"{mentioned}年度") && !sentence.Contains($"用于{mentioned}年度")
                && (goalYear - mentioned <= namedYearLag || NamesProgramme(sentence, mentioned)))
            {
                continue;
            }

            if (mentioned < goalYear && !Baseline(sentence, mentioned))
            {
                Flag(text.At, sentence.Trim(), $"{goalYear} {label}写的是 {mentioned} 年的{noun}");
                break;
            }

            // A year after the budget year (and after the cycle) is not this year's work: 2026年底前完成
            // in a 2025 annual goal of a project that ends in 2025 or names no cycle.
            if (mentioned > (end ?? goalYear))
            {
                Flag(text.At, sentence.Trim(), $"{goalYear} {label}写的是 {mentioned} 年才完成的{noun}");
                break;
            }
        }
    }
}

// The cycle goal's work ends with the cycle: a later year (2028年6月底前 in a 2025–2027 cycle) cannot be
// met inside the project.
if (end is { } cycleLast && Table.Goals.CycleGoal is { } cycleGoal
    && cycleGoal.Text.Split(['。', '；', ';', '\n']).FirstOrDefault(s => Years(s).Any(y => y > cycleLast)) is { } late)
{
    Flag(cycleGoal.At, late.Trim(), $"实施周期目标写的是 {Years(late).First(y => y > cycleLast)} 年才完成的工作，晚于实施周期的到期年度 {cycleLast}");
}

// A deadline written with more after it (2024年底前达到100%) is not parsed as a deadline: its year is
// the first year before 前/底/末 in the text.
int? DeadlineYear(IndicatorValue value)
{
    var years = Years(value.Text);
    if (years.Count == 1 && (Baseline(value.Text, years[0]) || ChangeAfterYear(value.Text, years[0])))
    {
        return null;
    }

    return value.Parsed.Deadline is { Year: { } parsed } ? parsed : TextDeadline(value.Text);
}

// The one year of a text that sets a deadline (2023年底前, 2025年6月前) and is no baseline (截至2023年底).
int? TextDeadline(string text)
{
    var years = Years(text);
    return years.Count == 1 && (text.Contains("前") || text.Contains("底") || text.Contains("末")) && !Baseline(text, years[0]) ? years[0] : null;
}

// A description (绩效指标描述, 指标解释) that sets a deadline before the budget year or the cycle describes an
// earlier year's indicator: 2023年底前 in a 2025 table.
foreach (var indicator in Table.Indicators)
{
    if (indicator.Description is { } description && TextDeadline(description.Text) is { } described
        && (start ?? budgetYear) is { } firstYear && described < firstYear)
    {
        Flag(description.At, description.Text, $"绩效指标描述中的期限 {described} 年早于{(start is null ? "预算年度" : "实施周期的起始年度")} {firstYear}", indicator);
    }
}

// Deadlines fall within the cycle (2025年12月 in a cycle ending 2024 cannot be met inside the
// project), and an annual value's deadline falls within the budget year.
foreach (var indicator in Table.Indicators)
{
    foreach (var value in new[] { indicator.CycleValue, indicator.AnnualValue })
    {
        if (value is null || DeadlineYear(value) is not { } deadlineYear)
        {
            continue;
        }

        if ((start ?? budgetYear) is { } first && deadlineYear < first)
        {
            Flag(value.At, value.Text, $"期限 {deadlineYear} 年早于{(start is null ? "预算年度" : "实施周期的起始年度")} {first}", indicator);
        }
        else if (end is { } last && deadlineYear > last)
        {
            Flag(value.At, value.Text, $"期限 {deadlineYear} 年晚于实施周期的到期年度 {last}", indicator);
        }
        else if (value == indicator.AnnualValue && budgetYear is { } annualYear && deadlineYear != annualYear)
        {
            Flag(value.At, value.Text, $"当年度指标值的期限在 {deadlineYear} 年，不在预算年度 {annualYear} 内", indicator);
        }
    }
}
