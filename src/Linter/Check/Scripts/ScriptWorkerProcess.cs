using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GoalLint.Analysis;
using GoalLint.Check.Engine;
using GoalLint.Model;
using GoalLint.Shared.Json;
using GoalLint.Shared.Messages;

namespace GoalLint.Check.Scripts;

/// <summary>
/// One <c>goallint script-worker</c> process, seen from the linter. A call is sent with what the
/// worker lacks (the script, the run's documents, the tables of the run) and waited for; the
/// worker stops a script at its time limit itself, and when it does not answer in time (a
/// script stuck inside one runtime call: a sort of a hundred million items, a regex) the process
/// is killed. A worker that dies (a stack overflow inside LINQ, the heap limit) fails the call
/// the same way. Either is a located failure of that rule on that table; the next call starts a
/// fresh worker.
/// </summary>
internal sealed class ScriptWorkerProcess : IDisposable
{
    /// <summary>The worker's heap limit: a script that keeps what it allocates fails with OutOfMemoryException there, not the machine.</summary>
    public const long HeapLimitBytes = 4L << 30;

    /// <summary>A call gets this many times its limit in the worker's CPU time (its own guard stops it at 1×) before the process is killed…</summary>
    private const int CpuFactor = 2;

    /// <summary>…or this many times its limit on the wall clock, for a machine loaded past reason (a script cannot block).</summary>
    public const int WallFactor = 60;

    /// <summary>Loading a run's documents is the linter's own work: only a wall-clock net.</summary>
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(10);

    /// <summary>An answer past this is refused: a script's issues are capped per document and their evidence cut.</summary>
    private const int MaxReplyBytes = 256 << 20;

    private const int StderrChars = 2_000;

    /// <summary>Per run (its document list): where each document and table sits, for indexes on the wire.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<PerformanceDocument>, RunIndex> Indexes = [];

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly StringBuilder _stderr = new();
    private readonly HashSet<string> _scripts = new(StringComparer.Ordinal);
    private readonly WeakReference<object?> _documents = new(null);
    private readonly WeakReference<object?> _run = new(null);

    private ScriptWorkerProcess(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                if (e.Data is { } line && _stderr.Length < StderrChars)
                {
                    _stderr.AppendLine(line);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>False once the process has ended or been killed: such a worker is not used again.</summary>
    public bool Usable { get; private set; } = true;

    public static ScriptWorkerProcess Start()
    {
        var (file, arguments) = Executable();
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        return new ScriptWorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("the script worker process did not start"));
    }

    /// <summary>Runs <paramref name="script"/> on the context's table (or run); throws <see cref="RuleCallException"/> when the worker was killed or died.</summary>
    public WorkerReply Call(CompiledScript script, AnalysisContext context, TimeSpan limit)
    {
        var index = Indexes.GetValue(context.Documents, documents => new RunIndex(documents));
        if (_scripts.Add(script.Key))
        {
            Send(new WorkerRequest { ScriptKey = script.Key, Image = script.Image }, LoadLimit);
        }

        if (!Holds(_documents, context.Documents))
        {
            Send(new WorkerRequest { Documents = [.. context.Documents] }, LoadLimit);
            _documents.SetTarget(context.Documents);
            _run.SetTarget(null);
        }

        if (!Holds(_run, context.Run))
        {
            Send(new WorkerRequest { Run = index.Pairs(context.Run) }, LoadLimit);
            _run.SetTarget(context.Run);
        }

        var (document, table) = context.Table is { } t ? index.Of(t) : (-1, -1);
        var parameters = context.Params.Values.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value, JsonDefaults.Options), StringComparer.Ordinal);
        return Send(new WorkerRequest { Call = new WorkerCall(script.Key, document, table, parameters, limit.Ticks) }, limit, timed: true);
    }

    public void Dispose()
    {
        Usable = false;
        try
        {
            _input.Dispose();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(1)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static bool Holds(WeakReference<object?> sent, object current) => sent.TryGetTarget(out var target) && ReferenceEquals(target, current);

    /// <summary>Sends one request and waits for its answer, killing the worker past the limits.</summary>
    private WorkerReply Send(WorkerRequest request, TimeSpan limit, bool timed = false)
    {
        var cpuAtStart = Cpu();
        var started = Stopwatch.GetTimestamp();
        Task<WorkerReply?> answer;
        try
        {
            WorkerFrames.Write(_input, request);
            answer = WorkerFrames.ReadAsync<WorkerReply>(_output, MaxReplyBytes);
        }
        catch (IOException)
        {
            throw Ended(cpuAtStart);
        }

        var poll = TimeSpan.FromMilliseconds(Math.Clamp(limit.TotalMilliseconds / 20, 10, 100));
        var wall = limit * WallFactor;
        while (!((IAsyncResult)answer).AsyncWaitHandle.WaitOne(poll))
        {
            var spent = Cpu() - cpuAtStart;
            if ((timed && spent > limit * CpuFactor) || Stopwatch.GetElapsedTime(started) > wall)
            {
                Kill();
                OffThreadCpu.Add(spent);
                throw new RuleCallException(CallFailure.TimeLimit(limit, "; the script did not stop, its worker process was killed"));
            }
        }

        try
        {
            return answer.GetAwaiter().GetResult() ?? throw Ended(cpuAtStart);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or InvalidDataException or JsonException)
        {
            throw Ended(cpuAtStart, ex.Message);
        }
    }

    private TimeSpan Cpu()
    {
        try
        {
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero; // exited
        }
    }

    private void Kill()
    {
        Usable = false;
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited on its own meanwhile.
        }
    }

    /// <summary>The worker ended under a call (a stack overflow, the heap limit) or answered nonsense.</summary>
    private RuleCallException Ended(TimeSpan cpuAtStart, string? why = null)
    {
        var spent = Cpu() - cpuAtStart;
        Kill();
        OffThreadCpu.Add(spent > TimeSpan.Zero ? spent : TimeSpan.Zero);
        string said;
        lock (_stderr)
        {
            said = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        }

        var code = _process.HasExited ? $"exit code {_process.ExitCode}" : "killed";
        var detail = string.Join("; ", new[] { said, why }.Where(s => !string.IsNullOrEmpty(s)));
        return new RuleCallException(new CallFailure(MessageCatalogue.Text("check.cause.worker-ended"), $"its script worker process ended ({code}{(detail.Length > 0 ? ": " + detail : "")})", TimedOut: false));
    }

    /// <summary>The same goallint in its worker mode: the app host beside the assembly, else the dotnet host running the assembly.</summary>
    private static (string File, string[] Arguments) Executable()
    {
        var assembly = typeof(ScriptWorker).Assembly.Location;
        if (assembly.Length == 0)
        {
            return (Environment.ProcessPath!, [ScriptWorker.Command]); // a single-file build is its own host
        }

        var host = Path.Combine(Path.GetDirectoryName(assembly)!, Path.GetFileNameWithoutExtension(assembly) + (OperatingSystem.IsWindows() ? ".exe" : ""));
        if (File.Exists(host))
        {
            return (host, [ScriptWorker.Command]);
        }

        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } set ? set
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        return (dotnet, [assembly, ScriptWorker.Command]);
    }

    /// <summary>Where each document and table of a run sits, so calls name them by index.</summary>
    private sealed class RunIndex
    {
        private readonly Dictionary<PerformanceTable, (int Document, int Table)> _tables = new(ReferenceEqualityComparer.Instance);

        public RunIndex(IReadOnlyList<PerformanceDocument> documents)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                for (var t = 0; t < documents[d].Tables.Count; t++)
                {
                    _tables[documents[d].Tables[t]] = (d, t);
                }
            }
        }

        public (int Document, int Table) Of(PerformanceTable table) => _tables[table];

        public int[] Pairs(IReadOnlyList<TableInRun> run)
        {
            var pairs = new int[run.Count * 2];
            for (var i = 0; i < run.Count; i++)
            {
                (pairs[2 * i], pairs[(2 * i) + 1]) = _tables[run[i].Table];
            }

            return pairs;
        }
    }
}
