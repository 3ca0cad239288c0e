using GoalLint.Shared.Messages;
using Scriban.Runtime;

namespace GoalLint.Report.Templates;

/// <summary>
/// The report templates' own wording, from the message catalogue in the run's language
/// (<c>--lang</c>): <c>tr "template.summary"</c>, and <c>trf "template.file-facts" {layout: …}</c>
/// for a text with placeholders. Arguments arrive already escaped by the template (md.escape,
/// html.escape); the catalogue text itself is GoalLint's own. A city's template may use the same ids.
/// </summary>
public static class CatalogueFunctions
{
    public static void ImportInto(ScriptObject globals)
    {
        globals.Import("tr", new Func<string, string>(MessageCatalogue.Text));
        globals.Import("trf", new Func<string, ScriptObject, string>(Format));
    }

    private static string Format(string id, ScriptObject arguments) =>
        new Message(id, arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)).ToString();
}
