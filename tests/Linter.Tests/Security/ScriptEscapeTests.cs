using GoalLint.Check.Yaml;
using GoalLint.Tests.Check;

namespace GoalLint.Tests.Security;

/// <summary>
/// Escapes from a check script, one per category the allow-list leaves out: each is refused at
/// load, at its own line, naming what it reached for — whether it spells the name or reaches it
/// through a value (a Type from GetType, a delegate bound by name). A script that keeps to the
/// allow-list compiles and runs. Assemblies a script is never given (the network, processes, the
/// console, expression trees) fail as compile errors at the same line.
/// </summary>
public sealed class ScriptEscapeTests
{
    private static readonly string Corpus = Repo.CorpusFile("dongguan-tgao-2023-goals.txt");

    public static TheoryData<string, string, string> Escapes => new()
    {
        { "delegate by name", "var write = (Action<string, string>)Delegate.CreateDelegate(typeof(Action<string, string>), Type.GetType(\"System.IO.File\")!, \"WriteAllText\");", "Delegate" },
        { "delegate invoked dynamically", "Func<int> f = () => 1;\nvar r = f.DynamicInvoke();", "System.Delegate" },
        { "delegate's method", "Func<int> f = () => 1;\nvar m = f.Method;", "System.Delegate|MethodInfo" },
        { "reflection through GetType", "var t = \"x\".GetType();", "GetType|System.Type" },
        { "reflection through typeof", "var a = typeof(string).Assembly;", "System.Type|Assembly" },
        { "type by name", "var t = Type.GetType(\"System.IO.File\");", "System.Type" },
        { "reflection through an exception", "try { throw new Exception(); } catch (Exception ex) { var m = ex.TargetSite; }", "MethodBase" },
        { "assembly", "var a = System.Reflection.Assembly.Load(\"System.Diagnostics.Process\");", "Assembly" },
        { "activator", "var o = Activator.CreateInstance<List<int>>();", "System.Activator" },
        { "app domain", "var all = AppDomain.CurrentDomain.GetAssemblies();", "System.AppDomain|Assembly" },
        { "dynamic", "dynamic d = Table;\nd.Anything();", "dynamic" },
        { "expression tree compiled", "System.Linq.Expressions.Expression<Func<int>> e = () => 1;\nvar f = e.Compile();", "Expressions" },
        { "unsafe block", "unsafe { int x = 1; int* p = &x; }", "unsafe" },
        { "stackalloc", "Span<byte> big = stackalloc byte[100_000_000];", "stackalloc" },
        { "p/invoke", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();", "extern" },
        { "marshal", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);", "Marshal|nint" },
        { "Unsafe", "var a = new[] { 1 };\nvar x = System.Runtime.CompilerServices.Unsafe.Add(ref a[0], 1_000_000);", "Unsafe" },
        { "thread", "new System.Threading.Thread(() => { }).Start();", "System.Threading.Thread" },
        { "thread pool", "System.Threading.ThreadPool.QueueUserWorkItem(_ => { });", "ThreadPool" },
        { "task", "System.Threading.Tasks.Task.Run(() => { while (true) { } });", "System.Threading.Tasks.Task" },
        { "parallel", "System.Threading.Tasks.Parallel.For(0, 10, i => { });", "Parallel" },
        { "lock", "var gate = new object();\nlock (gate) { }", "lock" },
        { "async method", "async void Go() { }\nGo();", "async" },
        { "async lambda", "Func<System.Threading.Tasks.Task> go = async () => { };", "async|Task" },
        { "await", "await System.Threading.Tasks.Task.Yield();", "await" },
        { "finalizer", "class Bomb { ~Bomb() { throw new Exception(); } }", "finalizer" },
        { "GC", "GC.Collect();", "System.GC" },
        { "environment", "var home = Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment" },
        { "exit", "Environment.Exit(1);", "System.Environment" },
        { "app context", "var here = AppContext.BaseDirectory;", "System.AppContext" },
        { "file", "var secret = System.IO.File.ReadAllText(\"/etc/passwd\");", "System.IO.File" },
        { "folder", "var all = System.IO.Directory.GetFiles(\"/\");", "System.IO.Directory" },
        { "stream", "using var s = new System.IO.FileStream(\"/tmp/x\", System.IO.FileMode.Create);", "System.IO.FileStream" },
        { "network", "var page = new System.Net.Http.HttpClient();", "HttpClient" },
        { "socket", "var client = new System.Net.Sockets.TcpClient();", "TcpClient" },
        { "dns", "var ips = System.Net.Dns.GetHostAddresses(\"localhost\");", "Dns" },
        { "process", "System.Diagnostics.Process.Start(\"/bin/sh\");", "Process" },
        { "console", "Console.WriteLine(\"x\");", "Console" },
        { "regex without a time-out", "var hit = Regex.IsMatch(\"aaaa\", \"(a+)+$\");", "time-out" },
        { "regex constructed without a time-out", "var r = new Regex(\"(a+)+$\");", "time-out" },
        { "regex with an infinite time-out", "var r = new Regex(\"a\", RegexOptions.None, Regex.InfiniteMatchTimeout);", "InfiniteMatchTimeout" },
        { "cancellation callback", "Cancellation.Register(() => { });", "Register" },
        { "random", "var n = new Random().Next();", "System.Random" },
        { "goto", "again: goto again;", "goto" },
        { "#r", "#r \"System.Net.Http\"\nvar x = 1;", "#r" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Escape_is_refused_at_its_line(string category, string script, string named)
    {
        using var pack = new TempPack().ScriptRule("escape", "var ok = 1;\n" + script);

        var error = Assert.Throws<ConfigurationException>(() => pack.Build(new HashSet<string> { "escape" }));

        Assert.True(error.Errors.Any(e => e.Line >= 2 && System.Text.RegularExpressions.Regex.IsMatch(e.Message, named)), $"{category}: {error.Message}");
    }

    [Fact]
    public void A_script_within_the_allow_list_runs()
    {
        const string Script = """
            var pattern = new Regex(@"(\d+)", RegexOptions.None, TimeSpan.FromMilliseconds(250));
            var counts = new Dictionary<string, int>();
            var sb = new System.Text.StringBuilder();
            int Twice(int n) => n * 2;
            foreach (var (indicator, i) in Table!.Indicators.Select((x, i) => (x, i)).Where(p => p.x.Name is not null))
            {
                var name = indicator.Name!.Text;
                counts[name] = counts.GetValueOrDefault(name) + Twice(1);
                sb.Append(Math.Max(i, 0)).Append(',');
                var digits = pattern.Matches(name).Count + Math.Abs(-1);
                if (digits > 0 && decimal.TryParse("1.5", System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 1)
                {
                    Report(indicator.Name, indicator);
                }
            }
            """;
        using var pack = new TempPack().ScriptRule("allowed", Script);

        var result = LintPipeline.Lint([Corpus], pack.Build(new HashSet<string> { "allowed" }));

        Assert.Empty(result.RuleFailures);
        Assert.NotEmpty(result.Findings);
    }
}
