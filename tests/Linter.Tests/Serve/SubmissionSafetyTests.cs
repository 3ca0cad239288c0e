using System.Net;
using System.Text;

namespace GoalLint.Tests.Serve;

/// <summary>
/// Nothing in an upload runs or changes the check: a table full of markup is shown as text, and a
/// rule pack with a C# script, a config that switches rules off and a "plugin" travelling with
/// the tables are left unread. Zips that climb out of their folder or unpack like a bomb are
/// refused whole, and nothing of them is kept.
/// </summary>
public sealed class SubmissionSafetyTests : IAsyncLifetime
{
    private const string Markup = "<script>alert('x')</script>";
    private WorkbenchHost _host = null!;
    private WorkbenchHost.Session _lead = null!;

    public async Task InitializeAsync()
    {
        _host = await WorkbenchHost.StartAsync();
        _lead = await _host.WithAccountsAsync();
    }

    public async Task DisposeAsync()
    {
        _lead.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Markup_and_a_csx_pack_in_a_submission_change_nothing_and_run_nothing()
    {
        var marker = Path.Combine(_host.Data, "script-ran.txt");
        var table = ("报表/样例县公路事务中心.tsv", Submissions.Goals("样例县公路事务中心" + Markup, "桥梁检测<img src=x onerror=alert(1)>", quality: Markup));
        (string, string)[] hostile =
        [
            table,
            ("报表/.goallint.yaml", "rules:\n  vague-value:\n    enabled: false\n  placeholder-goal:\n    enabled: false\n"),
            ("报表/rules/pack.yaml", "name: evil\n"),
            ("报表/rules/evil.yaml", "id: evil\ntitle: evil\ncategory: structure\nseverity: error\nmessage: ran\ncheck:\n  kind: script\n"),
            ("报表/rules/evil.csx", $"System.IO.File.WriteAllText(@\"{marker}\", \"ran\");\n"),
            ("报表/plugin.dll", "MZ not really a plugin"),
        ];

        var plain = await Rounds.CreateAsync(_lead);
        await Rounds.UploadAndWaitAsync(_lead, plain, ("plain.zip", WorkbenchHost.Zip(table)));
        var round = await Rounds.CreateAsync(_lead);
        await Rounds.UploadAndWaitAsync(_lead, round, ("hostile.zip", WorkbenchHost.Zip(hostile)));

        Assert.False(File.Exists(marker));
        var expected = await FindingListAsync(plain);
        Assert.Contains("placeholder-goal", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await FindingListAsync(round));
        var overview = await _lead.GetStringAsync(round);
        Assert.Contains("已忽略 5 个不是报表的文件", overview, StringComparison.Ordinal);

        var findings = await _lead.GetStringAsync($"{round}/findings");
        var unit = await _lead.GetStringAsync($"{round}/unit?name={Uri.EscapeDataString("样例县公路事务中心" + Markup)}");
        foreach (var page in new[] { findings, unit })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", findings, StringComparison.Ordinal);
        var letter = await _lead.GetStringAsync($"{round}/letter?unit={Uri.EscapeDataString("样例县公路事务中心" + Markup)}");
        Assert.DoesNotContain("<script>alert", letter, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RefusedZips => new()
    {
        { "../outside.tsv", "指向上传目录之外" },
        { "/etc/cron.d/evil", "不允许的路径" },
        { "a/../../outside.tsv", "不允许的路径" },
        { "C:/windows/evil.tsv", "不允许的路径" },
    };

    [Theory]
    [MemberData(nameof(RefusedZips))]
    public async Task A_zip_entry_that_climbs_out_of_the_upload_is_refused_whole(string entry, string reason)
    {
        var round = await Rounds.CreateAsync(_lead);
        var response = await _lead.UploadAsync(round, $"{round}/uploads", "files", ("evil.zip", WorkbenchHost.Zip(("ok.tsv", Submissions.Goals("甲", "乙")), (entry, "x"))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await _lead.GetStringAsync(round);
        Assert.Contains("data-status=\"failed\"", overview, StringComparison.Ordinal);
        Assert.True(overview.Contains(reason, StringComparison.Ordinal) || overview.Contains("不允许的路径", StringComparison.Ordinal), overview);
        Assert.False(File.Exists(Path.Combine(_host.Data, "outside.tsv")));
        Assert.False(Directory.Exists(Path.Combine(_host.Data, "uploads", "1")));
    }

    [Fact]
    public async Task A_zip_from_chinese_windows_keeps_its_chinese_file_names()
    {
        // Zip tools of Chinese Windows write names in the system code page without the UTF-8 flag.
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true, GoalLint.Ingest.EncodingDetector.Gb18030))
        {
            using var entry = zip.CreateEntry("报表/样例县公路事务中心.tsv").Open();
            entry.Write(Encoding.UTF8.GetBytes(Submissions.Goals("样例县公路事务中心", "桥梁检测")));
        }

        var round = await Rounds.CreateAsync(_lead);
        await Rounds.UploadAndWaitAsync(_lead, round, ("gbk.zip", buffer.ToArray()));
        var kept = Directory.EnumerateFiles(Path.Combine(_host.Data, "uploads"), "*.tsv", SearchOption.AllDirectories).Select(Path.GetFileName);
        Assert.Contains("样例县公路事务中心.tsv", kept);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var round = await Rounds.CreateAsync(_lead);
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("bomb.tsv", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                entry.Write(zeros);
            }
        }

        await _lead.UploadAsync(round, $"{round}/uploads", "files", ("bomb.zip", buffer.ToArray()));
        var overview = await _lead.GetStringAsync(round);
        Assert.Contains("疑似压缩炸弹", overview, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_host.Data, "uploads"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_count_and_size_caps_hold()
    {
        await using var host = await WorkbenchHost.StartAsync(options: new GoalLint.Serve.ServeOptions
        {
            DataDirectory = Directory.CreateTempSubdirectory("goallint-serve-").FullName,
            Limits = new GoalLint.Serve.Checking.UploadLimits { MaxFiles = 2, MaxFileBytes = 64 * 1024 },
        });
        using var lead = await host.WithAccountsAsync();
        var round = await Rounds.CreateAsync(lead);
        var three = Enumerable.Range(1, 3).Select(i => ($"t{i}.tsv", Encoding.UTF8.GetBytes(Submissions.Goals("甲", "乙")))).ToArray();
        await lead.UploadAsync(round, $"{round}/uploads", "files", three);
        Assert.Contains("一次最多上传 2 个文件", await lead.GetStringAsync(round), StringComparison.Ordinal);
        await lead.UploadAsync(round, $"{round}/uploads", "files", ("big.tsv", new byte[100 * 1024]));
        Assert.Contains("超过单个文件 65,536 字节", await lead.GetStringAsync(round), StringComparison.Ordinal);
    }

    /// <summary>Rule, severity and fingerprint of every finding in the round, in order.</summary>
    private async Task<string> FindingListAsync(string round)
    {
        var page = await _lead.GetStringAsync($"{round}/findings");
        return string.Join("\n", System.Text.RegularExpressions.Regex.Matches(page, "data-rule=\"([^\"]+)\"[\\s\\S]*?name=\"fingerprint\" value=\"([0-9a-f]+)\"").Select(m => m.Groups[1].Value + " " + m.Groups[2].Value));
    }
}
