using System.Runtime.InteropServices;

namespace GoalLint.Check.Engine;

/// <summary>
/// CPU time rather than wall-clock time: a loaded machine stretches wall time many times over but
/// leaves the CPU a piece of work needs about the same, so budgets judged in CPU time hold on a
/// shared CI box. Rule budgets per file and the fuzzer's budgets are both judged by it. Linux gives the calling thread's own CPU time; elsewhere the process's is used.
/// </summary>
public static class CpuClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>CPU time used so far by the calling thread (by the whole process where the OS offers no per-thread clock).</summary>
    public static TimeSpan Thread() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var now) == 0
            ? TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100)
            : Process();

    /// <summary>CPU time used so far by every thread of the process (work spread over the thread pool).</summary>
    public static TimeSpan Process() => Environment.CpuUsage.TotalTime;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);
}
