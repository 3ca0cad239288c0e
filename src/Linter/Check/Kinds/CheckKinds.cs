namespace GoalLint.Check.Kinds;

/// <summary>The check kinds a rule file may name in <c>check.kind</c>.</summary>
public static class CheckKinds
{
    public static readonly IDictionary<string, Type> ByName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["text"] = typeof(TextCheck),
        ["value"] = typeof(ValueCheck),
        ["measure"] = typeof(MeasureCheck),
        ["required"] = typeof(RequiredCheck),
        ["compare"] = typeof(CompareCheck),
        ["ingest"] = typeof(IngestCheck),
        ["script"] = typeof(ScriptCheck),
        ["plugin"] = typeof(PluginCheck),
    };
}
