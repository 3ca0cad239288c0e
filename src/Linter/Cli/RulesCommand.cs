using System.CommandLine;
using System.Text;
using System.Text.Json;
using GoalLint.Check.Fixtures;
using GoalLint.Check.Packs;
using GoalLint.Report.Json;
using GoalLint.Shared;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint rules list|explain|test</c>: the effective rules and where each setting came from,
/// a rule's doc page, and the fixtures of every rule (bad must fire, good must stay silent).
/// </summary>
public static class RulesCommand
{
    public static Command Create() => new("rules", "Inspect and test the rule pack.") { List(), Explain(), Test() };

    private static Command List()
    {
        var ruleSet = new RuleSetArguments();
        var format = new Option<string>("--format", "-f") { Description = "text (a table) or json (one object per rule, with its effective parameters).", DefaultValueFactory = _ => "text" };
        CliValues.OneOf(format, ["text", "json"]);
        var command = new Command("list", "The effective rules: id, category, severity, file and title, and which profile or config changed them.") { format };
        ruleSet.AddTo(command);
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadRules(ruleSet.Read(parse, [])) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rules.Rules.Select(EffectiveRule.Of), JsonDefaults.Options));
                return ExitCodes.Clean;
            }

            var sb = new StringBuilder();
            sb.AppendLine("Layers: core" + string.Concat(rules.Layers.Select(l => " → " + l)));
            foreach (var r in rules.Rules)
            {
                var state = r.Enabled ? r.Severity.ToString().ToLowerInvariant() : "off";
                sb.AppendLine($"{r.Rule.Id,-32} {r.Rule.Category.Name,-22} {state,-8} {r.Rule.DefinedIn,-48} {r.Rule.ReportTitle}");
                foreach (var change in r.ChangedBy)
                {
                    sb.AppendLine($"{"",-32} ↳ {change}");
                }
            }

            Console.Out.Write(sb.ToString());
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Explain()
    {
        var id = new Argument<string>("id") { Description = "The rule id." };
        var ruleSet = new RuleSetArguments();
        var command = new Command("explain", "Print a rule's doc page: why, a bad and a good example, its parameters.") { id };
        ruleSet.AddTo(command);
        command.SetAction(parse =>
        {
            if (CommonOptions.LoadRules(ruleSet.Read(parse, [])) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            var rule = rules.Rules.FirstOrDefault(r => r.Rule.Id == parse.GetValue(id));
            if (rule is null)
            {
                Console.Error.WriteLine($"goallint rules explain: no rule '{parse.GetValue(id)}'{DidYouMean.Hint(parse.GetValue(id)!, rules.Rules.Select(r => r.Rule.Id))}; 'goallint rules list' shows every rule id");
                return ExitCodes.UsageError;
            }

            Console.Out.WriteLine(File.Exists(rule.Rule.DocPath) ? File.ReadAllText(rule.Rule.DocPath).TrimEnd() : $"{rule.Rule.Id}: {rule.Rule.Title} (no doc page)");
            Console.Out.Write(EffectiveRule.Of(rule).Describe(rules.Layers));
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Test()
    {
        var pack = new Argument<DirectoryInfo?>("pack") { Description = "A rule pack folder (with pack.yaml) to test on top of the core pack; default: every effective rule.", Arity = ArgumentArity.ZeroOrOne };
        var ruleSet = new RuleSetArguments();
        var command = new Command("test", "Run every rule's fixtures, each rule alone; exit 1 when one fails.") { pack };
        ruleSet.AddTo(command);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(pack);
            var options = ruleSet.Read(parse, []) with { AllowInputCode = true, ExtraPacks = folder is null ? [] : [folder.FullName] };
            if (CommonOptions.LoadRules(options) is not { } rules)
            {
                return ExitCodes.ConfigurationError;
            }

            var only = folder is null ? rules.Rules : rules.Rules.Where(r => r.Rule.FullPath.StartsWith(folder.FullName + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToArray();
            var results = FixtureRunner.Run(new RuleSet(only, rules.Code));
            foreach (var result in results)
            {
                Console.Out.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.RuleId}");
                foreach (var problem in result.Problems)
                {
                    Console.Out.WriteLine("     " + problem);
                }
            }

            var failed = results.Count(r => !r.Passed);
            Console.Out.WriteLine($"{results.Count - failed} rules passed, {failed} failed");
            return failed == 0 ? ExitCodes.Clean : ExitCodes.FindingsOverThreshold;
        });
        return command;
    }
}
