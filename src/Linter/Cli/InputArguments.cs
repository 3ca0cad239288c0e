using System.CommandLine;
using GoalLint.Ingest;

namespace GoalLint.Cli;

/// <summary>The inputs <c>lint</c>, <c>baseline</c> and <c>normalize</c> share: paths, and globs to leave out of folders.</summary>
public sealed class InputArguments
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or folders (read recursively) holding tables.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Leave files matching this glob (relative to each input folder) unread, e.g. README.md or '**/drafts/**'; repeatable, added to the config's exclude list.",
        HelpName = "GLOB",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Exclude);
    }

    public IReadOnlyList<string> Given(ParseResult parse) => parse.GetValue(Paths) ?? [];

    /// <summary>The files to read; null (after printing each missing path) when a path does not exist.</summary>
    public IReadOnlyList<string>? Files(ParseResult parse, IReadOnlyList<string> configExclude)
    {
        var (files, missing) = InputFiles.Expand(Given(parse), [.. configExclude, .. parse.GetValue(Exclude) ?? []]);
        return CommonOptions.ReportMissing(missing) ? null : files;
    }
}
