namespace GoalLint.Normalise.Values;

/// <summary>A number found in a value: where it is and what it reads as (1,234.5 ⇒ 1234.5).</summary>
internal readonly record struct NumberToken(int Start, int End, decimal Value, int IntegerDigits);
