using GoalLint.Analysis;
using GoalLint.Check.Rules;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Required parts: each listed 一级/二级 slot holds at least one indicator (an empty 满意度指标,
/// no 成本指标), and each listed field is filled (实施周期总目标). A slot the form declares but
/// leaves empty is reported at the slot; one never declared, at the table.
/// </summary>
public sealed class RequiredCheck : CheckSpec
{
    public List<RequiredSlot> Slots { get; set; } = [];

    public List<Field> Fields { get; set; } = [];

    public override IReadOnlyCollection<string> ProvidedValues => ["slot"];

    public override object CreateAnalyzer(CheckSetup setup) =>
        Slots.Count + Fields.Count > 0
            ? new Analyzer(Slots, Fields)
            : throw RuleErrors.Option(setup.Rule, "slots", "a required check needs 'slots' or 'fields'");

    private sealed class Analyzer(IReadOnlyList<RequiredSlot> slots, IReadOnlyList<Field> fields) : ITableAnalyzer
    {
        public void Analyze(AnalysisContext context)
        {
            var table = context.Table!;

            // A frame that was not read whole is reported as such (structure); its gaps say nothing about the submission.
            // Nor does a table where nothing of the frame was read at all: the reader's no-indicators finding is the one cause.
            IReadOnlyList<RequiredSlot> judged = table.Read is { FrameComplete: false } || (table.Indicators.Count == 0 && table.Slots.Count == 0) ? [] : slots;
            foreach (var slot in judged.Where(s => !table.Indicators.Any(i => s.Matches(i.Level1Category, i.Level2Category))))
            {
                var declared = table.Slots.FirstOrDefault(d => slot.Matches(d.Level1Category, d.Level2Category));
                var label = declared?.Level2?.Text ?? declared?.Level1?.Text ?? slot.Label;
                var evidence = declared is null ? $"（未设{slot.Label}）" : $"{label}（空）";
                context.Report(declared?.At ?? table.At, evidence, values: new Dictionary<string, string> { ["slot"] = label });
            }

            foreach (var field in fields.Where(f => f.Texts(table).Length == 0))
            {
                context.Report(table.At, $"（{field.Name} 空）", values: new Dictionary<string, string> { ["slot"] = field.Name });
            }
        }
    }
}
