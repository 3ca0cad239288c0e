using GoalLint.Model;

namespace GoalLint.Ingest.Layouts.Hebei;

/// <summary>
/// A field that runs over several rows or paragraphs (a page break split it). Its fragments are
/// kept and joined once when read: joining on every row copies the text so far each time, which
/// is quadratic in the rows. The field keeps where its first fragment starts.
/// </summary>
internal sealed class WrappedField
{
    private readonly List<TextField> _fragments = [];

    public bool IsEmpty => _fragments.Count == 0;

    public void Add(TextField? fragment)
    {
        if (fragment is not null)
        {
            _fragments.Add(fragment);
        }
    }

    /// <summary>The joined field, or null when no fragment was added.</summary>
    public TextField? ToField() => _fragments.Count switch
    {
        0 => null,
        1 => _fragments[0],
        _ => _fragments[0] with { Text = CellText.JoinWrapped(_fragments.Select(f => f.Text)) },
    };

    public void Clear() => _fragments.Clear();
}
