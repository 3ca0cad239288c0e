using System.CommandLine;
using GoalLint.Ingest;

namespace GoalLint.Cli;

/// <summary>The inputs <c>lint</c>, <c>baseline</c> and <c>normalize</c> share: paths (<c>-</c> for standard input), and globs to leave out of folders.</summary>
public sealed class InputArguments
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or folders (read recursively) holding tables; - reads one file from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Leave files matching this glob (relative to each input folder) unread, e.g. README.md or '**/drafts/**'; repeatable, added to the config's exclude list.",
        HelpName = "GLOB",
    };

    public Option<string> StdinFilename { get; } = new("--stdin-filename")
    {
        Description = "The name reports give the file read from standard input (-).",
        HelpName = "NAME",
        DefaultValueFactory = _ => "<stdin>",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Exclude);
        command.Options.Add(StdinFilename);
    }

    public IReadOnlyList<string> Given(ParseResult parse) => (parse.GetValue(Paths) ?? []).Where(p => p != StandardInput).ToArray();

    /// <summary>The files to read; null (after printing each missing path) when a path does not exist.</summary>
    public Inputs? Files(ParseResult parse, IReadOnlyList<string> configExclude)
    {
        var (files, missing) = InputFiles.Expand(Given(parse), [.. configExclude, .. parse.GetValue(Exclude) ?? []]);
        if (CommonOptions.ReportMissing(missing))
        {
            return null;
        }

        return (parse.GetValue(Paths) ?? []).Contains(StandardInput) ? Inputs.WithStandardInput(files, parse.GetValue(StdinFilename)!) : new Inputs(files, null, null);
    }
}

/// <summary>
/// The files of a run. Standard input is copied to a private temporary file (readers sniff bytes,
/// and may need to read twice) that reports call by its --stdin-filename; disposing removes it.
/// </summary>
public sealed record Inputs(IReadOnlyList<string> Files, string? StdinCopy, string? StdinName) : IDisposable
{
    public static Inputs WithStandardInput(IReadOnlyList<string> files, string name)
    {
        var copy = Path.Combine(Directory.CreateTempSubdirectory("goallint-stdin-").FullName, "stdin");
        using (var target = File.Create(copy))
        {
            Console.OpenStandardInput().CopyTo(target);
        }

        return new Inputs([.. files, copy], copy, name);
    }

    /// <summary>The path reports show for a file read.</summary>
    public string Display(string file) => file == StdinCopy ? StdinName! : file;

    public void Dispose()
    {
        if (StdinCopy is not null)
        {
            Directory.Delete(Path.GetDirectoryName(StdinCopy)!, recursive: true);
        }
    }
}
