using System.Globalization;

namespace GoalLint.Accuracy;

/// <summary>
/// A reviewer's reading of one submission (a <c>.review</c> file): which source it judges, under
/// which profile, and every finding the reviewer would send back, as <c>LINE category note</c>
/// (<c>FILE:LINE</c> when the source is a folder). A line starting with <c>~</c> is arguable: the
/// linter may report it or not without being counted wrong. <c>#</c> starts a comment.
/// </summary>
public sealed record ReviewFile(string Path, string Source, string? Profile, IReadOnlyList<ExpectedFinding> Expected)
{
    public static ReviewFile Read(string path)
    {
        string? source = null, profile = null;
        var expected = new List<ExpectedFinding>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Header(line, "source:") is { } s)
            {
                source = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, s));
            }
            else if (Header(line, "profile:") is { } p)
            {
                profile = p.Length == 0 || p == "none" ? null : p;
            }
            else
            {
                var entry = Entry(line, $"{path}({i + 1})");
                if (expected.Any(e => e.Key == entry.Key))
                {
                    throw new FormatException($"{path}({i + 1}): line {entry.Key.Line} {entry.Key.Category} is already listed; a finding counts once per line and category.");
                }

                expected.Add(entry);
            }
        }

        return new ReviewFile(path, source ?? throw new FormatException($"{path}: no 'source:' line."), profile, expected);
    }

    private static string? Header(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal) ? line[key.Length..].Trim() : null;

    private static ExpectedFinding Entry(string line, string where)
    {
        var optional = line.StartsWith('~');
        var parts = line.TrimStart('~').Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            throw new FormatException($"{where}: expected 'LINE category note', got '{line}'.");
        }

        var (file, lineText) = parts[0].LastIndexOf(':') is var colon and > 0 ? (parts[0][..colon], parts[0][(colon + 1)..]) : ("", parts[0]);
        if (!int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !GoalLint.Check.Rules.Category.All.Contains(parts[1]))
        {
            throw new FormatException($"{where}: '{parts[0]} {parts[1]}' is not 'LINE category' with a category from finding-categories.md.");
        }

        return new ExpectedFinding(new FindingKey(file, number, parts[1]), optional, parts.Length > 2 ? parts[2] : "");
    }
}

/// <summary>Where a finding is judged: the file (relative to a folder source, empty for a single file), the line and the category.</summary>
public sealed record FindingKey(string File, int Line, string Category);

/// <summary>One finding a reviewer would sign (or, when <see cref="Optional"/>, would accept either way), with why.</summary>
public sealed record ExpectedFinding(FindingKey Key, bool Optional, string Note);
