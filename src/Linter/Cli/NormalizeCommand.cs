using System.CommandLine;
using GoalLint.Report;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary><c>goallint normalize PATH... [--format json|yaml] [--output FILE]</c>: the normalised model of every table found.</summary>
public static class NormalizeCommand
{
    public static Command Create()
    {
        var inputs = new InputArguments();
        var format = new Option<string>("--format") { Description = "Output format: json or yaml.", DefaultValueFactory = _ => "json" };
        CliValues.OneOf(format, ["json", "yaml"]);
        var output = CommonOptions.Output();
        var command = new Command("normalize", "Read tables from files and folders and print the normalised model.") { format, output };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            using var files = inputs.Files(parse, []);
            if (files is null)
            {
                return ExitCodes.UsageError;
            }

            var documents = LintPipeline.Read(files.Files, files.Display);
            var text = parse.GetValue(format) == "yaml" ? YamlOut.Serialize(NormalisedOutput.For(documents)) : NormalisedJson.Serialize(documents);
            CommonOptions.Write(parse.GetValue(output), text);
            return ExitCodes.Clean;
        });
        return command;
    }
}
