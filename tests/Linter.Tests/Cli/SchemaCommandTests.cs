using GoalLint.Cli;
using GoalLint.Tests.Report;

namespace GoalLint.Tests.Cli;

/// <summary><c>goallint schema NAME</c> prints the schema that schemas/ holds a copy of; an unknown name is a usage error.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("findings")]
    [InlineData("normalized")]
    public void Schema_prints_the_committed_schema(string name)
    {
        var (code, output, error) = CliRun.Run("schema", name);

        Assert.Equal(ExitCodes.Clean, code);
        Assert.Empty(error);
        Assert.Equal(File.ReadAllText(Repo.InRepo("schemas", name + ".schema.json")).ReplaceLineEndings().TrimEnd(), output.ReplaceLineEndings().TrimEnd());
    }

    [Fact]
    public void An_unknown_schema_is_a_usage_error()
    {
        var (code, _, error) = CliRun.Run("schema", "no-such-output");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no-such-output", error, StringComparison.Ordinal);
    }
}
