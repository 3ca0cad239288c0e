namespace GoalLint.Model;

/// <summary>
/// Another place a finding rests on, in the same run: the approved goal table a self-evaluation
/// lowered its target against, last year's table whose goal text was copied.
/// </summary>
/// <param name="File">The file, as given on the command line.</param>
/// <param name="At">Where in that file.</param>
/// <param name="Message">What is there, for a reviewer (上年度目标表的当年度指标值「≥95%」).</param>
public sealed record RelatedLocation(string File, SourceLocation At, string Message);
