using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GoalLint.Tests.Serve;

/// <summary>What the workbench tests do again and again: create a round, upload and wait for the check, find a finding, decide.</summary>
public static partial class Rounds
{
    public static async Task<string> CreateAsync(WorkbenchHost.Session session, string profile = "dongguan")
    {
        var response = await session.PostFormAsync("/rounds", "/rounds", ("name", "2025 年交通系统项目绩效目标审核"), ("year", "2025"), ("profile", profile));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Uploads, then polls the progress endpoint as the page's script does until the check is done.</summary>
    public static async Task UploadAndWaitAsync(WorkbenchHost.Session session, string round, params (string Name, byte[] Bytes)[] files)
    {
        var response = await session.UploadAsync(round, $"{round}/uploads", "files", files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = LatestUpload().Match(await session.GetStringAsync(round));
        Assert.True(latest.Success && latest.Groups[1].Value != "failed", "the upload was refused");
        for (var i = 0; i < 600; i++)
        {
            using var progress = JsonDocument.Parse(await session.GetStringAsync($"{round}/uploads/{latest.Groups[2].Value}/progress"));
            if (progress.RootElement.GetProperty("finished").GetBoolean())
            {
                Assert.Equal("done", progress.RootElement.GetProperty("status").GetString());
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the check did not finish in 60 s");
    }

    public static async Task<string> FingerprintAsync(WorkbenchHost.Session session, string round, string rule, string? unit = null)
    {
        var page = await session.GetStringAsync($"{round}/findings?rule={rule}{(unit is null ? "" : "&unit=" + Uri.EscapeDataString(unit))}");
        return Fingerprint().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no {rule} finding in {round}");
    }

    public static async Task DecideAsync(WorkbenchHost.Session session, string round, string fingerprint, string verdict, string justification = "", string expires = "")
    {
        var response = await session.PostFormAsync($"{round}/findings", $"{round}/decisions",
            ("fingerprint", fingerprint), ("verdict", verdict), ("justification", justification), ("expires", expires), ("back", $"{round}/findings"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The newest upload comes first in the round's upload list.</summary>
    [GeneratedRegex("<tr class=\"upload\" data-status=\"(\\w+)\"><td>#(\\d+)</td>")]
    private static partial Regex LatestUpload();

    [GeneratedRegex("name=\"fingerprint\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Fingerprint();
}
