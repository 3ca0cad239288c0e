using System.CommandLine;
using GoalLint.Check.Packs;

namespace GoalLint.Cli;

/// <summary>The rule-set options <c>lint</c> and <c>rules</c> share: profile, config, trust.</summary>
public sealed class RuleSetArguments
{
    public const string ConfigFileName = ConfigDiscovery.FileName;

    public Option<string?> Profile { get; } = new("--profile", "-p") { HelpName = "NAME|FILE", Description = "Profile to apply: a name (guangdong, dongguan, shenzhen, shaoguan, hebei, chengde) or a profile file." };

    public Option<FileInfo?> Config { get; } = new("--config", "-c") { HelpName = "FILE", Description = $"Config file, trusted as the user's own (default: the nearest {ConfigFileName} in the current folder or a parent folder, which counts as part of the submission)." };

    public Option<bool> NoConfig { get; } = new("--no-config") { Description = $"Use no config file: ignore any {ConfigFileName} in this or a parent folder." };

    public Option<bool> AllowInputCode { get; } = new("--allow-input-code") { Description = "Trust what comes with the inputs: run C# scripts and plugins from packs inside them, and let a found config name templates, packs and paths." };

    public Option<bool> FailOnConfigChange { get; } = new("--fail-on-config-change") { Description = $"Fail the run when a {ConfigFileName} that was found, not named with --config, excludes files, switches rules off or lowers severities." };

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
        command.Options.Add(AllowInputCode);
        command.Options.Add(FailOnConfigChange);
    }

    public RuleSetOptions Read(ParseResult parse, IReadOnlyList<string> inputRoots, IReadOnlySet<string>? only = null)
    {
        var named = parse.GetValue(Config)?.FullName;
        var config = named ?? (parse.GetValue(NoConfig) ? null : ConfigDiscovery.Find(Environment.CurrentDirectory));
        var found = named is null && config is not null;

        return new RuleSetOptions
        {
            Profile = parse.GetValue(Profile),
            Config = config,
            ConfigFound = found,
            FailOnConfigChange = parse.GetValue(FailOnConfigChange),
            InputRoots = inputRoots,
            AllowInputCode = parse.GetValue(AllowInputCode),
            Only = only,
        };
    }
}
