namespace GoalLint.Tests.Report;

/// <summary>A test that needs headless Chromium; skipped, saying what to install, when it is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "Chromium not found: install the Debian package 'chromium' (listed in .ci/packages.txt) or set GOALLINT_CHROMIUM.";
        }
    }
}
