using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// A text that runs over several cells, rows or paragraphs (a goal over merged cells, a cell a
/// page break split). Its fragments are kept and joined once when read: joining on every row
/// copies the text so far each time, which is quadratic in the rows. The field is located at
/// its first fragment.
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

    public void AddRange(IEnumerable<TextField> fragments) => _fragments.AddRange(fragments);

    /// <summary>The joined field, or null when no fragment was added.</summary>
    public TextField? ToField() =>
        _fragments.Count == 0 ? null : _fragments[0] with { Text = CellText.JoinWrapped(_fragments.Select(f => f.Text)) };

    public void Clear() => _fragments.Clear();
}
