using System.CommandLine;
using GoalLint.Check.Packs;

namespace GoalLint.Cli;

/// <summary>The rule-set options <c>lint</c> and <c>rules</c> share: profile, config, trust.</summary>
public sealed class RuleSetArguments
{
    public const string ConfigFileName = ConfigDiscovery.FileName;

    public Option<string?> Profile { get; } = new("--profile", "-p") { Description = "Profile to apply: a name (guangdong, dongguan, shenzhen, shaoguan, hebei, chengde) or a profile file." };

    public Option<FileInfo?> Config { get; } = new("--config", "-c") { Description = $"Config file (default: the nearest {ConfigFileName} in the current folder or a parent folder)." };

    public Option<bool> NoConfig { get; } = new("--no-config") { Description = $"Use no config file: ignore any {ConfigFileName} in this or a parent folder." };

    public Option<bool> AllowInputCode { get; } = new("--allow-input-code") { Description = "Run C# scripts and plugins from packs that sit inside the submissions being checked." };

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
        command.Options.Add(AllowInputCode);
    }

    public RuleSetOptions Read(ParseResult parse, IReadOnlyList<string> inputRoots, IReadOnlySet<string>? only = null)
    {
        var config = parse.GetValue(Config)?.FullName ?? (parse.GetValue(NoConfig) ? null : ConfigDiscovery.Find(Environment.CurrentDirectory));

        return new RuleSetOptions
        {
            Profile = parse.GetValue(Profile),
            Config = config,
            InputRoots = inputRoots,
            AllowInputCode = parse.GetValue(AllowInputCode),
            Only = only,
        };
    }
}
