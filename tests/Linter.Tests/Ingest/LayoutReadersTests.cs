using GoalLint.Ingest;
using GoalLint.Ingest.Forms;
using GoalLint.Shared;

namespace GoalLint.Tests.Ingest;

/// <summary>The readers are listed by hand (scanning the assembly at start-up costs time); the list must hold every reader there is.</summary>
public sealed class LayoutReadersTests
{
    [Fact]
    public void Every_reader_with_a_default_constructor_is_listed_and_every_grid_form_has_one()
    {
        var readers = ConcreteTypes.WithDefaultConstructor<ILayoutReader>();

        Assert.Equal(readers, LayoutReaders.All.Where(r => r is not GridFormReader).Select(r => r.GetType().FullName).Order(StringComparer.Ordinal));
        Assert.Equal(FormSpecs.All.Where(f => f.Reader == GridFormReader.Name).Select(f => f.Id).Order(StringComparer.Ordinal),
            LayoutReaders.All.OfType<GridFormReader>().Select(r => r.Layout).Order(StringComparer.Ordinal));
    }
}
