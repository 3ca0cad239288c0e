using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace GoalLint.Report.Baseline;

/// <summary>
/// A waiver's expiry date in the forms people write: 2026-12-31, 2026/12/31, 2026.12.31,
/// 2026年12月31日 and day first, 31/12/2026 or 31.12.2026. A day-first date whose day and month
/// could be swapped (03/04/2026) is refused rather than guessed; it is written back as yyyy-mm-dd.
/// </summary>
public sealed partial class WaiverDate : JsonConverter<DateOnly?>
{
    public const string Expected = "a date such as 2026-12-31 (also read: 2026/12/31, 2026年12月31日, 31/12/2026)";

    public override bool HandleNull => true;

    public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        return Parse(text, out var problem) ?? throw new JsonException(problem);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The date, or null with <paramref name="problem"/> saying what was wrong and what to write.</summary>
    public static DateOnly? Parse(string text, out string problem)
    {
        problem = "";
        var yearFirst = YearFirst().Match(text.Trim());
        var dayFirst = DayFirst().Match(text.Trim());
        int year, month, day;
        if (yearFirst.Success)
        {
            (year, month, day) = (Number(yearFirst, "y"), Number(yearFirst, "m"), Number(yearFirst, "d"));
        }
        else if (dayFirst.Success)
        {
            (year, month, day) = (Number(dayFirst, "y"), Number(dayFirst, "m"), Number(dayFirst, "d"));
            if (day <= 12 && month <= 12 && day != month)
            {
                problem = $"'{text}' could be day/month or month/day; write it as {year:0000}-{month:00}-{day:00} or {year:0000}-{day:00}-{month:00}";
                return null;
            }
        }
        else
        {
            problem = $"'{text}' is not a date; expected {Expected}";
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"'{text}' is not a day of the calendar; expected {Expected}";
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})$")]
    private static partial Regex DayFirst();
}
