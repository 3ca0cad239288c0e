using System.CommandLine;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;
using GoalLint.Report;

namespace GoalLint.Cli;

/// <summary>Options and small helpers several commands share.</summary>
public static class CommonOptions
{
    public static Option<FileInfo?> Output() => new("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    /// <summary>Prints one line per missing path; true when there were any.</summary>
    public static bool ReportMissing(IReadOnlyList<string> missing)
    {
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"goallint: no such file or folder: {path}");
        }

        return missing.Count > 0;
    }

    /// <summary>Builds the rule set, printing every configuration error as file(line,col); null when there were any.</summary>
    public static RuleSet? LoadRules(RuleSetOptions options)
    {
        try
        {
            var rules = RuleSetBuilder.Build(options);
            if (rules.Code.Scripts.CacheNotice is { } notice)
            {
                Console.Error.WriteLine("goallint: note: " + notice);
            }

            return rules;
        }
        catch (ConfigurationException ex)
        {
            PrintErrors(ex);
            return null;
        }
    }

    /// <summary>One line per error, as file(line,col): error: message.</summary>
    public static void PrintErrors(ConfigurationException ex)
    {
        foreach (var error in ex.Errors)
        {
            Console.Error.WriteLine(error);
        }
    }

    /// <summary>
    /// Prints each rule that failed on some tables or files during the run. It is not a
    /// configuration error: each such table carries a rule-failed finding, which the gate counts.
    /// </summary>
    public static void ReportRuleFailures(LintResult result)
    {
        foreach (var failure in result.RuleFailures)
        {
            Console.Error.WriteLine($"goallint: warning: rule {failure.RuleId} ({failure.DefinedIn}) failed: {failure.Message}");
        }
    }

    public static void Write(FileInfo? output, string text) => Write(output, stream => IReportFormat.WriteText(stream, text));

    /// <summary>To standard output as it comes, or to the file whole or not at all (<see cref="OutputFile"/>).</summary>
    public static void Write(FileInfo? output, Action<Stream> write)
    {
        if (output is not null)
        {
            OutputFile.Write(output.FullName, write);
            return;
        }

        using var stdout = new TextWriterStream(Console.Out);
        write(stdout);
        stdout.Flush();
    }
}
