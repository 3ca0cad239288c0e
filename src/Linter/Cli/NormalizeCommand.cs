using System.CommandLine;
using GoalLint.Shared.Json;
using GoalLint.Report;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary><c>goallint normalize PATH... [--format json|yaml] [--output FILE] [--stats]</c>: the normalised model of every table found, or how much of each was read.</summary>
public static class NormalizeCommand
{
    public static Command Create()
    {
        var inputs = new InputArguments();
        var format = new Option<string>("--format") { Description = "Output format: json or yaml.", DefaultValueFactory = _ => "json" };
        CliValues.OneOf(format, ["json", "yaml"]);
        var output = CommonOptions.Output();
        var stats = new Option<bool>("--stats") { Description = "Print per file how much was read (tables, indicator rows, project names, why a read is partial) instead of the model." };
        var command = new Command("normalize", "Read tables from files and folders and print the normalised model.") { format, output, stats };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            using var files = inputs.Files(parse, []);
            if (files is null)
            {
                return ExitCodes.UsageError;
            }

            var documents = LintPipeline.Read(files.Files, files.Display);
            try
            {
                CommonOptions.Write(parse.GetValue(output), stream =>
                {
                    if (parse.GetValue(stats))
                    {
                        IReportFormat.WriteText(stream, ReadStats.Render(documents));
                    }
                    else if (parse.GetValue(format) == "yaml")
                    {
                        IReportFormat.WriteText(stream, YamlOut.Serialize(NormalisedOutput.For(documents)));
                    }
                    else
                    {
                        NormalisedJson.Write(documents, stream);
                    }
                });
                return ExitCodes.Clean;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"goallint: error: {parse.GetValue(output)} could not be written: {ex.Message}");
                return ExitCodes.OutputError;
            }
        });
        return command;
    }
}
