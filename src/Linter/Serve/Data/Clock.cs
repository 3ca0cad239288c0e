using System.Globalization;

namespace GoalLint.Serve.Data;

/// <summary>Times as stored (ISO 8601, UTC) and as reviewers read them (China Standard Time, no DST).</summary>
public static class Clock
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Beijing).DateTime);

    public static string Display(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
