namespace GoalLint.Cli;

/// <summary>
/// Whether the text output is coloured: --no-color and --color first, then the NO_COLOR and
/// FORCE_COLOR conventions, else only when standard output is a terminal (not redirected, not TERM=dumb).
/// </summary>
public static class Colour
{
    public static bool ForConsole(bool forced, bool disabled) =>
        Decide(forced, disabled, Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    public static bool Decide(bool forced, bool disabled, bool outputRedirected, Func<string, string?> environment) =>
        !disabled && (forced || (string.IsNullOrEmpty(environment("NO_COLOR"))
            && (!string.IsNullOrEmpty(environment("FORCE_COLOR")) || (!outputRedirected && environment("TERM") != "dumb"))));
}
