namespace GoalLint.Tests;

/// <summary>Compares text with a golden file, or rewrites it when GOALLINT_UPDATE_GOLDEN=1.</summary>
public static class Golden
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Repo.UpdateGolden || !File.Exists(goldenPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            if (!Repo.UpdateGolden)
            {
                Assert.Fail($"Golden file {goldenPath} did not exist; it was written. Review it and commit it.");
            }

            return;
        }

        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var at = FirstDifference(expected, actual);
            Assert.Fail($"Output differs from {goldenPath} at line {at.Line}:\n  expected: {at.Expected}\n  actual:   {at.Actual}\nRun with GOALLINT_UPDATE_GOLDEN=1 to accept the new output after review.");
        }
    }

    private static (int Line, string Expected, string Actual) FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return (i + 1, el, al);
            }
        }

        return (0, "", "");
    }
}
