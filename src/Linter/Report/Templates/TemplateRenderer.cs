using GoalLint.Check.Yaml;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GoalLint.Report.Templates;

/// <summary>
/// Renders a Scriban template over a <see cref="ReportView"/>. Templates may come from a user, so
/// the context is locked down: unknown variables and members are errors, loops, recursion,
/// regexes, output size and time are capped, and nothing can be included from disk. Every
/// problem, at parse or render time, comes back as a located <see cref="ConfigurationException"/>.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>Far above any real report (the whole corpus renders in well under 1 MB), low enough to stop a runaway template.</summary>
    public const int OutputLimit = 64 * 1024 * 1024;

    public const int LoopLimit = 10_000_000;

    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    /// <param name="path">The template file.</param>
    /// <param name="display">The name errors quote (reports/html.scriban, or the path as the user gave it).</param>
    /// <param name="view">What the template sees.</param>
    /// <param name="extras">Values the format adds for its template, computed from the template's text (the HTML report's script hashes).</param>
    public static string Render(string path, string display, ReportView view, Func<string, IReadOnlyDictionary<string, string>>? extras = null)
    {
        var source = ConfigFile.ReadText(path, display, "template");
        return RenderSource(source, display, view, extras?.Invoke(source));
    }

    public static string RenderSource(string source, string display, ReportView view, IReadOnlyDictionary<string, string>? extras = null)
    {
        var template = Template.Parse(source, display);
        if (template.HasErrors)
        {
            throw new ConfigurationException(template.Messages.Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Error(display, m.Span, m.Message)).ToArray());
        }

        using var timeout = new CancellationTokenSource(TimeLimit);
        var context = CreateContext(view, extras, timeout.Token);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ConfigurationException([Error(display, ex.Span, ex.OriginalMessage)]);
        }
        catch (OperationCanceledException)
        {
            throw YamlFiles.Error(display, 0, 0, $"template ran longer than {TimeLimit.TotalSeconds:0} s");
        }
    }

    private static TemplateContext CreateContext(ReportView view, IReadOnlyDictionary<string, string>? extras, CancellationToken cancel)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = LoopLimit,
            RecursiveLimit = 64,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = cancel,
            NewLine = "\n",
        };
        var globals = new ScriptObject();
        globals.Import(view, renamer: StandardMemberRenamer.Default);
        globals.SetValue("md", new MarkdownFunctions(), readOnly: true);
        CatalogueFunctions.ImportInto(globals);
        foreach (var (name, value) in extras ?? new Dictionary<string, string>())
        {
            globals.SetValue(name, value, readOnly: true);
        }

        context.PushGlobal(globals);
        return context;
    }

    private static ConfigError Error(string display, SourceSpan span, string message) =>
        new(display, span.Start.Line + 1, span.Start.Column + 1, message);
}
