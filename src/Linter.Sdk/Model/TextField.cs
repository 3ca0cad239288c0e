using System.Text.Json.Serialization;

namespace GoalLint.Model;

/// <summary>A piece of text read from the source, with where it starts.</summary>
/// <param name="Text">The text as read (a wrapped cell joined into one).</param>
/// <param name="At">Where the text starts.</param>
public sealed record TextField(string Text, SourceLocation At)
{
    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => Text;
}

/// <summary>A number read from the source (a year, an amount, a score), with its raw text.</summary>
/// <param name="Value">The number.</param>
/// <param name="Raw">The text it was read from, as written.</param>
/// <param name="At">Where it was read.</param>
public sealed record NumberField(decimal Value, string Raw, SourceLocation At);

/// <summary>
/// A sum of money. <see cref="Yuan"/> is always in 元; <see cref="Unit"/> keeps the unit the
/// source used (元 in 广东, 万元 in 河北) so messages can quote it as written.
/// </summary>
/// <param name="Yuan">The amount in 元.</param>
/// <param name="Raw">The amount as written, in the source unit.</param>
/// <param name="Unit">The unit the source used: 元, 千元, 万元 or 亿元.</param>
/// <param name="At">Where it was read.</param>
public sealed record MoneyField(decimal Yuan, string Raw, string Unit, SourceLocation At)
{
    /// <summary>The amount in the unit the source used.</summary>
    [JsonIgnore]
    public decimal InSourceUnit => Yuan / (MoneyUnits.YuanPer(Unit) ?? 1m);
}
