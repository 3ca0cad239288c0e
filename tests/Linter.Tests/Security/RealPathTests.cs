using GoalLint.Check.Packs;

namespace GoalLint.Tests.Security;

/// <summary>Trust is decided on real paths: every spelling of one folder is that folder.</summary>
public sealed class RealPathTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_symbolic_link_is_its_target()
    {
        var target = Directory.CreateDirectory(_dir.PathOf("elsewhere/pack")).FullName;
        Directory.CreateDirectory(_dir.PathOf("submission"));
        Directory.CreateSymbolicLink(_dir.PathOf("submission/pack"), target);

        Assert.Equal(RealPath.Of(target), RealPath.Of(_dir.PathOf("submission/pack")));
        Assert.Equal(RealPath.Of(_dir.PathOf("elsewhere/pack/x.csx")), RealPath.Of(_dir.PathOf("submission/pack/x.csx")));
    }

    [Fact]
    public void Dot_dot_after_a_link_leaves_the_link_target_not_the_link_folder()
    {
        Directory.CreateDirectory(_dir.PathOf("a/b"));
        Directory.CreateDirectory(_dir.PathOf("submission"));
        Directory.CreateSymbolicLink(_dir.PathOf("submission/link"), _dir.PathOf("a/b"));

        // Path.GetFullPath would say submission/x; the kernel opens a/x.
        Assert.Equal(RealPath.Of(_dir.PathOf("a/x")), RealPath.Of(_dir.PathOf("submission/link/../x")));
    }

    [Fact]
    public void Proc_self_cwd_is_the_current_folder()
    {
        Assert.Equal(RealPath.Of(Directory.GetCurrentDirectory()), RealPath.Of("/proc/self/cwd"));
        Assert.Equal(RealPath.Of(Path.Combine(Directory.GetCurrentDirectory(), "pack")), RealPath.Of("/proc/self/cwd/pack"));
    }

    [Fact]
    public void A_link_loop_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(_dir.PathOf("loop-a"), _dir.PathOf("loop-b"));
        File.CreateSymbolicLink(_dir.PathOf("loop-b"), _dir.PathOf("loop-a"));

        Assert.Throws<IOException>(() => RealPath.Of(_dir.PathOf("loop-a")));
    }

    [Fact]
    public void An_input_file_stands_for_its_folder()
    {
        var table = _dir.Write("submission/table.txt", "x");
        _dir.Write("submission/pack/pack.yaml", "id: p");
        Directory.CreateSymbolicLink(_dir.PathOf("alias"), _dir.PathOf("submission"));

        var trust = new TrustBoundary([table], allowInputCode: false);

        Assert.NotNull(trust.RootOf(_dir.PathOf("submission/pack/pack.yaml")));
        Assert.NotNull(trust.RootOf(_dir.PathOf("alias/pack")));
        Assert.Null(trust.RootOf(_dir.PathOf("other/pack")));
    }
}
