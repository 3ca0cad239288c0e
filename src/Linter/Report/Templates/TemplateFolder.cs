namespace GoalLint.Report.Templates;

/// <summary>Where the shipped report templates are: reports/ beside the tool, or the folder GOALLINT_REPORTS names.</summary>
public static class TemplateFolder
{
    public const string EnvironmentVariable = "GOALLINT_REPORTS";

    public static string Path => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } folder
        ? folder
        : System.IO.Path.Combine(AppContext.BaseDirectory, "reports");

    public static string Find(string fileName) => System.IO.Path.Combine(Path, fileName);
}
