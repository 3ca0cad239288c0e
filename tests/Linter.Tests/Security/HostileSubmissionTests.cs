using System.Text.Json.Nodes;
using GoalLint.Cli;

namespace GoalLint.Tests.Security;

/// <summary>
/// The hostile-submission suite (issue 11): for every attack folder in <c>Submissions/</c>, the
/// shipped binary run as a CI gate in the attacker's folder runs nothing (no marker file), reads
/// nothing outside (the canary's text is in no output format, nor on standard output or error),
/// and says why in a finding (or, for a script the allow-list refuses, a located error).
/// </summary>
public sealed class HostileSubmissionTests
{
    [Theory]
    [MemberData(nameof(HostileSubmission.All), MemberType = typeof(HostileSubmission))]
    public void Nothing_runs_nothing_outside_is_read_and_the_finding_says_why(string attack)
    {
        using var submission = HostileSubmission.Create(attack);

        var (code, stdout, stderr, reports) = submission.Run();

        Assert.False(File.Exists(submission.Marker), $"{attack}: the submission's code ran");
        var outputs = reports.Append(new("stdout", stdout)).Append(new("stderr", stderr)).ToArray();
        foreach (var (name, text) in outputs)
        {
            Assert.False(text.Contains(submission.Canary, StringComparison.Ordinal), $"{attack}: the canary's text is in {name}");
            Assert.DoesNotContain("root:x:0:0", text, StringComparison.Ordinal);
        }

        foreach (var live in submission.Attack.AbsentInHtml)
        {
            Assert.False(reports.GetValueOrDefault("html", "").Contains(live, StringComparison.OrdinalIgnoreCase), $"{attack}: '{live}' is live in the HTML report");
        }

        if (submission.Attack.Error is { } error)
        {
            Assert.Equal(ExitCodes.ConfigurationError, code);
            Assert.Contains(error, stderr, StringComparison.Ordinal);
            return;
        }

        Assert.True(code is ExitCodes.Clean or ExitCodes.FindingsOverThreshold, $"{attack}: exit {code}: {stderr}");
        Assert.Equal(HostileSubmission.Reports.Order(), reports.Keys.Order());
        var findings = JsonNode.Parse(reports["json"])!["findings"]!.AsArray();
        var why = findings.Where(f => (string?)f!["ruleId"] == submission.Attack.Expect).Select(f => (string)f!["message"]!).ToArray();
        Assert.True(why.Length > 0, $"{attack}: no {submission.Attack.Expect} finding in {reports["json"]}");
        Assert.Contains(why, m => m.Contains(submission.Attack.Says!, StringComparison.Ordinal));
    }
}
