using System.Buffers;
using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Check.Rules;
using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Check.Kinds;

/// <summary>
/// Word or pattern presence in a field: vague words in values, placeholders, 预算执行率 as a
/// cost, a value outside a fixed list. Parameters: <c>words</c>, <c>patterns</c> (regexes; see <see cref="RulePattern"/> for their limit) and
/// <c>except</c> (words that clear a field, e.g. a unit cost inside a cost indicator). A cell that is one word
/// (match: equals) the row's own 评分标准 scores is a grade on a stated scale and is left alone.
/// </summary>
public sealed class TextCheck : CheckSpec
{
    public Field? Field { get; set; }

    public TextMatch Match { get; set; }

    public override IReadOnlyCollection<string> ProvidedValues => ["word", "field"];

    public override IReadOnlyCollection<string>? KnownParams => ["words", "patterns", "except"];

    public override object CreateAnalyzer(CheckSetup setup)
    {
        var field = Field ?? throw RuleErrors.Option(setup.Rule, "field", "a text check needs 'field'");
        var words = setup.Params.Words("words").Where(w => w.Length > 0).ToArray();
        var patterns = setup.Params.Words("patterns").Select(p => RuleErrors.Regex(setup.Rule, p)).ToArray();
        if (words.Length == 0 && patterns.Length == 0)
        {
            throw RuleErrors.Option(setup.Rule, "params", "a text check needs 'words' or 'patterns' in params");
        }

        return new Analyzer(setup.Rule.Scope, field, Match, words, patterns, setup.Params.Words("except").ToArray());
    }

    /// <summary>
    /// Most cells hold none of the words: one vectorised multi-word search (<see cref="SearchValues{T}"/>)
    /// says so at once, and only a cell that holds some word is searched word by word, in list order,
    /// so the word reported is the same as before.
    /// </summary>
    private sealed class Analyzer(TableScope scope, Field field, TextMatch match, string[] words, RulePattern[] patterns, string[] except) : ITableAnalyzer, IPreparable
    {
        private static readonly char[] EndPunctuation = ['。', '.', '；', ';', '，', ','];
        private readonly SearchValues<string>? _anyWord = words.Length > 0 ? SearchValues.Create(words, StringComparison.Ordinal) : null;
        private readonly SearchValues<string>? _anyExcept = except.Length > 0 && !except.Contains("") ? SearchValues.Create(except, StringComparison.Ordinal) : null;

        public void Prepare()
        {
            foreach (var pattern in patterns)
            {
                pattern.Prepare();
            }
        }

        public void Analyze(AnalysisContext context)
        {
            var table = context.Table!;
            if (!field.IsIndicatorField)
            {
                foreach (var text in field.Texts(table))
                {
                    Check(context, text, null);
                }

                return;
            }

            foreach (var indicator in scope.Indicators(table))
            {
                foreach (var text in field.Texts(indicator))
                {
                    Check(context, text, indicator);
                }
            }
        }

        private void Check(AnalysisContext context, TextField text, Indicator? indicator)
        {
            if (Excepted(text.Text) || Find(text.Text) is not { } hit || GradedByStandard(hit, indicator))
            {
                return;
            }

            context.Report(text, indicator, new Dictionary<string, string> { ["word"] = hit, ["field"] = field.Name });
        }

        private string? Find(string text)
        {
            if (match != TextMatch.Contains)
            {
                var squeezed = CellText.Squeeze(text);
                var bare = squeezed.TrimEnd(EndPunctuation) is { Length: > 0 } trimmed ? trimmed : squeezed;
                var listed = Array.IndexOf(words, bare) is var at and >= 0 ? words[at] : null;
                return match == TextMatch.Equals ? listed : listed is null ? bare : null;
            }

            // Loops, not LINQ chains: this runs on every cell under every text rule, and a lambda
            // over the text made a closure and a delegate on every call, match or not.
            if (_anyWord is not null && text.AsSpan().ContainsAny(_anyWord))
            {
                foreach (var word in words)
                {
                    if (text.Contains(word, StringComparison.Ordinal))
                    {
                        return word;
                    }
                }
            }

            foreach (var pattern in patterns)
            {
                if (pattern.Match(text) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>
        /// A whole-cell word the row's own 评分标准 scores (目标值 合理, 评分标准 合理得4分): a grade on a scale the
        /// table states, not a free adjective.
        /// </summary>
        private bool GradedByStandard(string hit, Indicator? indicator) =>
            match == TextMatch.Equals && indicator?.ScoringStandard?.Text.Contains(hit, StringComparison.Ordinal) == true;

        private bool Excepted(string text) =>
            except.Length > 0 && (_anyExcept is null || text.AsSpan().ContainsAny(_anyExcept));
    }
}
