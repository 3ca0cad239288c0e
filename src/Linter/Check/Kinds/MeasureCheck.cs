using GoalLint.Analysis;
using GoalLint.Check.Rules;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Kinds;

/// <summary>
/// An indicator filed where its measure does not belong: the normaliser's reading of what it
/// measures (<see cref="Model.Indicator.Measure"/>) against the vocabulary's <c>misfiled-measures</c>
/// for its 二级指标 (满意度 under 质量指标, 响应时间 under 数量指标, 单位造价 under 经济效益指标).
/// The rule's scope picks which measures it speaks for, so each misfiling draws one finding.
/// </summary>
public sealed class MeasureCheck : CheckSpec
{
    public override IReadOnlyCollection<string> ProvidedValues => ["measure"];

    public override object CreateAnalyzer(CheckSetup setup) => new Analyzer(setup.Rule.Scope);

    private sealed class Analyzer(TableScope scope) : ITableAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            var vocabulary = Vocabulary.Current;
            foreach (var indicator in scope.Indicators(context.Table!))
            {
                if (indicator.Name is { IsBlank: false } name && vocabulary.IsMisfiled(indicator.Level2Category, indicator.Measure))
                {
                    context.Report(name, indicator, new Dictionary<string, string> { ["measure"] = MessageCatalogue.Text(MeasureId(indicator.Measure)) });
                }
            }
        }

        private static string MeasureId(Model.Measure measure) => "measure." + measure.ToString().ToLowerInvariant();
    }
}
