namespace GoalLint.Check.Kinds;

/// <summary>Whether a script runs once per table or once per run (cross-table checks).</summary>
public enum ScriptScope
{
    Table,
    Run,
}
