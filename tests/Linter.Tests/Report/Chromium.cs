using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GoalLint.Tests.Report;

/// <summary>
/// A headless Chromium driven over the DevTools protocol: just enough to open a page, run script
/// in it and take a screenshot. Found on PATH (Debian package <c>chromium</c>) or at GOALLINT_CHROMIUM.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static string? Executable { get; } = Find();

    /// <summary>Every event the page sent (Page.javascriptDialogOpening …), by method name.</summary>
    public List<string> Events { get; } = [];

    public static async Task<Chromium> StartAsync()
    {
        var profile = Directory.CreateTempSubdirectory("goallint-chromium-").FullName;
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank" },
        };
        var chromium = new Chromium(Process.Start(start)!, profile);
        string? line;
        while ((line = await chromium._process.StandardError.ReadLineAsync()) is not null && !line.StartsWith("DevTools listening on ", StringComparison.Ordinal))
        {
        }

        var browser = new Uri(line?["DevTools listening on ".Length..] ?? throw new InvalidOperationException("chromium did not start its DevTools endpoint"));
        using var http = new HttpClient();
        var pages = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://{browser.Authority}/json/list")))!.AsArray();
        var page = pages.First(p => (string?)p!["type"] == "page")!;
        await chromium._socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        return chromium;
    }

    public async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var reply = await ReceiveAsync(timeout.Token);
            if ((int?)reply["id"] == id)
            {
                return reply["error"] is { } error ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}") : reply["result"];
            }

            if ((string?)reply["method"] is { } ev)
            {
                Events.Add(ev);
            }
        }
    }

    /// <summary>Evaluates an expression in the page and returns its value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression) =>
        (await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }))?["result"]?["value"];

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, cancel);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(buffer.ToArray())!;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("GOALLINT_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => dirs.Select(d => Path.Combine(d, name))).FirstOrDefault(File.Exists);
    }
}
