using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>An indicator value cell (指标值) as written, and its parsed reading.</summary>
public sealed class IndicatorValue
{
    public IndicatorValue(TextField raw, ParsedValue? parsed = null)
    {
        Raw = raw;
        Parsed = parsed ?? ParsedValue.Unparsed;
    }

    /// <summary>The cell as written.</summary>
    public TextField Raw { get; }

    /// <summary>Set by normalisation; <see cref="ParsedValue.Unparsed"/> until then.</summary>
    public ParsedValue Parsed { get; set; }

    [JsonIgnore]
    public string Text => Raw.Text;

    [JsonIgnore]
    public SourceLocation At => Raw.At;

    public override string ToString() => Raw.Text;
}
