namespace GoalLint.Serve.Exports;

/// <summary>Submission text as OpenXml can hold it: control characters XML forbids are dropped, not allowed to break the file.</summary>
public static class XmlText
{
    public static string Clean(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            ? new string(text.Where(c => !(c < 0x20 && c is not ('\t' or '\n' or '\r')) && c is not ('\uFFFE' or '\uFFFF')).ToArray())
            : text;
}
