using System.CommandLine;
using System.Text;
using GoalLint.Check.Engine;
using GoalLint.Check.Packs;
using GoalLint.Check.Yaml;

namespace GoalLint.Cli;

/// <summary>Options and small helpers several commands share.</summary>
public static class CommonOptions
{
    public static Option<FileInfo?> Output() => new("--output", "-o") { Description = "Write to this file instead of standard output." };

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

    /// <summary>Prints each rule that crashed or timed out during the run; true when there were any.</summary>
    public static bool ReportRuleFailures(LintResult result)
    {
        foreach (var failure in result.RuleFailures)
        {
            Console.Error.WriteLine($"goallint: rule {failure.RuleId} ({failure.DefinedIn}) failed: {failure.Message}");
        }

        return result.RuleFailures.Count > 0;
    }

    public static void Write(FileInfo? output, string text)
    {
        if (output is null)
        {
            Console.Out.Write(text);
            Console.Out.WriteLine();
            return;
        }

        output.Directory?.Create();
        File.WriteAllText(output.FullName, text + "\n", new UTF8Encoding(false));
    }
}
