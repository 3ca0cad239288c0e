using System.CommandLine;
using GoalLint.Report.Json;

namespace GoalLint.Cli;

/// <summary>
/// <c>goallint schema NAME [--output FILE]</c>: prints the JSON Schema of a machine output or of a
/// YAML file users write, generated from the types that write or read it (the copies in schemas/ equal it).
/// </summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "normalized (goallint normalize), findings (goallint lint --format json), rule (a rule file), profile (a profile or .goallint.yaml) or vocabulary (the vocabulary a pack extends)." };
        CliValues.OneOf(name, [.. JsonSchemas.Names]);
        var output = CommonOptions.Output();
        var command = new Command("schema", "Print the JSON Schema of a machine-readable output.") { name, output };
        command.SetAction(parse =>
        {
            CommonOptions.Write(parse.GetValue(output), JsonSchemas.Generate(parse.GetValue(name)!)!);
            return ExitCodes.Clean;
        });
        return command;
    }
}
