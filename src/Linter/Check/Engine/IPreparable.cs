namespace GoalLint.Check.Engine;

/// <summary>
/// An analyzer with set-up it would otherwise do on its first call (a text rule building its regex engines), which
/// a run can do ahead, in time it would spend waiting (<see cref="Packs.RuleSet.PrepareWhile"/>).
/// </summary>
public interface IPreparable
{
    void Prepare();
}
