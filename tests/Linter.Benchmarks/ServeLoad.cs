using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GoalLint.Benchmarks.Generator;
using GoalLint.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GoalLint.Benchmarks;

/// <summary>
/// <c>serve-load [--tables 10000] [--reviewers 20] [--seconds 60] [--seed S] [--work DIR]</c>: the
/// workbench under reviewers' load on loopback. Generates a round of N tables, uploads it through
/// the app and times the check, then lets R signed-in reviewers browse at once (overview,
/// department, unit, project page with its table and findings, filtered finding lists, summary),
/// each request as soon as the last answered, and prints p50/p95/p99 page times per page kind.
/// </summary>
internal sealed partial class ServeLoad(Options options)
{
    private static readonly (string Kind, int Weight)[] Mix =
        [("overview", 10), ("department", 15), ("unit", 20), ("project", 30), ("findings", 20), ("summary", 5)];

    public async Task<int> RunAsync()
    {
        var tables = int.Parse(options.Get("tables") ?? "10000", CultureInfo.InvariantCulture);
        var reviewers = int.Parse(options.Get("reviewers") ?? "20", CultureInfo.InvariantCulture);
        var seconds = int.Parse(options.Get("seconds") ?? "60", CultureInfo.InvariantCulture);
        var work = options.Get("work") ?? Path.Combine(Path.GetTempPath(), "goallint-serve-load");
        var corpusDir = Path.Combine(work, $"corpus-{tables}-{options.Seed}");
        if (!Directory.Exists(corpusDir))
        {
            CorpusGenerator.Generate(corpusDir, tables, options.Seed);
        }

        var data = Path.Combine(work, "data-" + Guid.NewGuid().ToString("N"));
        await using var app = Workbench.Build(new ServeOptions { DataDirectory = data, Port = 0 });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Console.WriteLine($"workbench on {address} (loopback), data {data}; load before: {Load()}");

        var lead = new Reviewer(address);
        await lead.PostAsync("/setup", "/setup", ("name", "lead"), ("display", "组长"), ("password", "load-test-1"));
        var round = (await lead.PostAsync("/rounds", "/rounds", ("name", "负载测试"), ("year", "2025"), ("profile", ""))).Headers.Location!.OriginalString;
        var files = Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        await lead.UploadAsync(round, $"{round}/uploads", files);
        var upload = UploadId().Match(await lead.GetAsync(round)).Groups[1].Value;
        while (true)
        {
            using var progress = JsonDocument.Parse(await lead.GetAsync($"{round}/uploads/{upload}/progress"));
            if (progress.RootElement.GetProperty("finished").GetBoolean())
            {
                Console.WriteLine($"upload of {files.Length} files ({tables:N0} tables) checked and stored in {clock.Elapsed.TotalSeconds:F1} s: {progress.RootElement.GetProperty("status").GetString()}");
                break;
            }

            await Task.Delay(500);
        }

        var pages = await PagesAsync(lead, round);
        Console.WriteLine($"{pages["department"].Count} departments, {pages["unit"].Count} units, {pages["project"].Count} project pages, {pages["findings"].Count} finding lists");
        var sessions = new List<Reviewer>();
        for (var i = 0; i < reviewers; i++)
        {
            var reviewer = new Reviewer(address);
            await reviewer.PostAsync("/login", "/login", ("name", "lead"), ("password", "load-test-1"));
            sessions.Add(reviewer);
        }

        Console.WriteLine($"{reviewers} reviewers browsing for {seconds} s; load at start: {Load()}");
        var times = new List<(string Kind, double Ms)>();
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        await Task.WhenAll(sessions.Select((s, i) => Task.Run(async () =>
        {
            var random = new Random(options.Seed + i);
            var mine = new List<(string, double)>();
            while (DateTime.UtcNow < stop)
            {
                var kind = Pick(random);
                var list = pages[kind];
                var watch = Stopwatch.StartNew();
                await s.GetAsync(list[random.Next(list.Count)]);
                mine.Add((kind, watch.Elapsed.TotalMilliseconds));
            }

            lock (times)
            {
                times.AddRange(mine);
            }
        })));
        Console.WriteLine($"load at end: {Load()}");
        Console.WriteLine($"{times.Count:N0} pages in {seconds} s ({times.Count / (double)seconds:F1} pages/s)");
        Console.WriteLine($"{"page",-12} {"count",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var group in times.GroupBy(t => t.Kind).OrderBy(g => Array.FindIndex(Mix, m => m.Kind == g.Key)).Append(times.GroupBy(_ => "all").Single()))
        {
            var sorted = group.Select(t => t.Ms).Order().ToArray();
            Console.WriteLine($"{group.Key,-12} {sorted.Length,7} {Percentile(sorted, 0.50),8:F0} {Percentile(sorted, 0.95),8:F0} {Percentile(sorted, 0.99),8:F0}");
        }

        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
        return 0;
    }

    /// <summary>Every page a reviewer may open, by kind, read from the pages themselves.</summary>
    private static async Task<Dictionary<string, List<string>>> PagesAsync(Reviewer lead, string round)
    {
        var overview = await lead.GetAsync(round);
        var departments = Links(overview, $"{round}/units?");
        var units = new List<string>();
        foreach (var department in departments)
        {
            units.AddRange(Links(await lead.GetAsync(department), $"{round}/unit?"));
        }

        var projects = new List<string>();
        foreach (var unit in units.Take(200))
        {
            projects.AddRange(Links(await lead.GetAsync(unit), $"{round}/tables/"));
        }

        var findings = new List<string> { $"{round}/findings", $"{round}/findings?severity=error", $"{round}/findings?category=vague-value", $"{round}/findings?decision=none&page=3", $"{round}/findings?q={Uri.EscapeDataString("满意度")}" };
        findings.AddRange(units.Take(50).Select(u => $"{round}/findings?unit={u.Split("name=")[1]}"));
        return new Dictionary<string, List<string>>
        {
            ["overview"] = [round],
            ["department"] = departments,
            ["unit"] = units,
            ["project"] = projects,
            ["findings"] = findings,
            ["summary"] = [$"{round}/summary"],
        };
    }

    private static List<string> Links(string html, string prefix) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).Distinct().ToList();

    private static string Pick(Random random)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return Mix[^1].Kind;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<tr class=\"upload\" data-status=\"\\w+\"><td>#(\\d+)</td>")]
    private static partial Regex UploadId();

    [GeneratedRegex("name=\"__token\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>One signed-in browser stand-in with its own cookies.</summary>
    private sealed class Reviewer(Uri address)
    {
        private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };

        public async Task<string> GetAsync(string path)
        {
            using var response = await _client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<HttpResponseMessage> PostAsync(string page, string action, params (string Name, string Value)[] fields)
        {
            var token = WebUtility.HtmlDecode(Token().Match(await GetAsync(page)).Groups[1].Value);
            return await _client.PostAsync(action, new FormUrlEncodedContent(fields.Append(("__token", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        }

        public async Task UploadAsync(string page, string action, IEnumerable<string> files)
        {
            var token = WebUtility.HtmlDecode(Token().Match(await GetAsync(page)).Groups[1].Value);
            using var form = new MultipartFormDataContent { { new StringContent(token), "__token" } };
            foreach (var file in files)
            {
                form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));
            }

            using var response = await _client.PostAsync(action, form);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"upload answered {(int)response.StatusCode}");
            }
        }
    }
}
