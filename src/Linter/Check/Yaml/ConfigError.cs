namespace GoalLint.Check.Yaml;

/// <summary>A located problem in a rule pack, profile, config file or script: <c>file(line,col): message</c>.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column}): error: {Message}" : $"{File}: error: {Message}";
}

/// <summary>Thrown when rules or configuration cannot be loaded; carries every error found, not just the first.</summary>
public sealed class ConfigurationException(IReadOnlyList<ConfigError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
