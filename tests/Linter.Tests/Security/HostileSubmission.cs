using System.Diagnostics;
using GoalLint.Tests.Report;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Tests.Security;

/// <summary>
/// One attack of the hostile-submission suite, read from <c>Submissions/NAME/attack.yaml</c>, set
/// up in a fresh folder and run through the shipped binary as a CI gate would, in the
/// submission's own folder: <c>submission/</c> is what the attacker controls, <c>outside/</c>
/// (with a canary file of secret text) is what must stay out of reach, and a script that ran would
/// write the marker file. <c>@SUBMISSION@</c>, <c>@OUTSIDE@</c> and <c>@MARKER@</c> in any file
/// are replaced with the real paths.
/// </summary>
public sealed class HostileSubmission : IDisposable
{
    /// <summary>Every output format the run writes, besides the text on standard output.</summary>
    public static readonly string[] Reports = ["json", "sarif", "markdown", "html", "junit", "github"];

    private static readonly string Goallint = Path.Combine(AppContext.BaseDirectory, "goallint.dll");

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("goallint-hostile-");

    private HostileSubmission(string name)
    {
        Name = name;
        var source = Path.Combine(Folder, name);
        Attack = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build()
            .Deserialize<AttackFile>(File.ReadAllText(Path.Combine(source, "attack.yaml")));
        Copy(Path.Combine(source, "submission"), Submission);
        Copy(Path.Combine(source, "outside"), Outside);
        Canary = "CANARY-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(Outside, "canary.txt"), Canary + "\nroot:x:0:0:root:/root:/bin/bash\n");
        if (!File.Exists(Path.Combine(Submission, "table.txt")))
        {
            File.WriteAllText(Path.Combine(Submission, "table.txt"), CliRun.WarningsOnlyTable);
        }

        foreach (var (link, target) in Attack.Links)
        {
            File.CreateSymbolicLink(Path.Combine(Submission, link), Fill(target));
        }
    }

    /// <summary>The attack folders, one per attack.</summary>
    public static string Folder { get; } = Path.Combine(Repo.Root, "tests", "Linter.Tests", "Security", "Submissions");

    public static IEnumerable<object[]> All =>
        Directory.EnumerateDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public string Name { get; }

    public AttackFile Attack { get; }

    public string Submission => Path.Combine(_root.FullName, "submission");

    public string Outside => Path.Combine(_root.FullName, "outside");

    public string Marker => Path.Combine(_root.FullName, "marker.txt");

    public string Canary { get; }

    public static HostileSubmission Create(string name) => new(name);

    /// <summary>Runs the attack's command line in the submission folder with every report written; returns the exit code, standard output and error, and each report's text by format.</summary>
    public (int Code, string Out, string Error, IReadOnlyDictionary<string, string> Reports) Run()
    {
        var outputs = Path.Combine(_root.FullName, "reports");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Submission, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Goallint);
        foreach (var arg in Attack.Run.Select(Fill).Concat(Reports.SelectMany(f => new[] { "--report", $"{f}={Path.Combine(outputs, f)}" })))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["GOALLINT_CACHE"] = Path.Combine(_root.FullName, "cache");
        info.Environment["CI"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Name}: goallint did not finish");
        }

        var written = Reports.Where(f => File.Exists(Path.Combine(outputs, f))).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(outputs, f)));
        return (process.ExitCode, stdout.Result, stderr.Result, written);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private string Fill(string text) =>
        text.Replace("@SUBMISSION@", Submission, StringComparison.Ordinal).Replace("@OUTSIDE@", Outside, StringComparison.Ordinal).Replace("@MARKER@", Marker, StringComparison.Ordinal);

    private void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Fill(File.ReadAllText(file)));
        }
    }

    /// <summary>attack.yaml: what the attacker tries, how the gate is run, and what must come of it.</summary>
    public sealed class AttackFile
    {
        /// <summary>The attack, in a sentence.</summary>
        public string Attack { get; set; } = "";

        /// <summary>The goallint command line, run in the submission folder.</summary>
        public List<string> Run { get; set; } = [];

        /// <summary>Symbolic links to make in the submission: name → target.</summary>
        public Dictionary<string, string> Links { get; set; } = [];

        /// <summary>The rule id of the finding that says why (the JSON report holds it).</summary>
        public string? Expect { get; set; }

        /// <summary>Words the finding's message holds.</summary>
        public string? Says { get; set; }

        /// <summary>For an attack refused as a configuration error (exit 3): words standard error holds.</summary>
        public string? Error { get; set; }

        /// <summary>Markup that must not be live in the HTML report (links and tags a browser would act on).</summary>
        public List<string> AbsentInHtml { get; set; } = [];
    }
}
