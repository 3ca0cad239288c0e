using System.Runtime.InteropServices;

namespace GoalLint.Shared;

/// <summary>
/// CPU time rather than wall-clock time: a loaded machine stretches wall time many times over but
/// leaves the CPU a piece of work needs about the same, so limits judged in CPU time hold on a
/// shared CI box. The rule time limit, the rules' budgets per file and the fuzzer's budgets are
/// judged by it, and so is the time a file may take to read. Linux gives each thread's own CPU time; elsewhere the process's is used.
/// </summary>
public static class CpuClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    /// <summary>CPU time used so far by the calling thread (by the whole process where the OS offers no per-thread clock).</summary>
    public static TimeSpan Thread() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var now) == 0 ? ToTimeSpan(now) : Process();

    /// <summary>CPU time used so far by every thread of the process (work spread over the thread pool).</summary>
    public static TimeSpan Process() => Environment.CpuUsage.TotalTime;

    /// <summary>The calling thread's CPU clock, which another thread can read with <see cref="Read"/>; null where there is none.</summary>
    public static int? ThreadClock() =>
        OperatingSystem.IsLinux() && GetCpuClockId(PthreadSelf(), out var clock) == 0 ? clock : null;

    /// <summary>The CPU time of the thread that owns <paramref name="clock"/>; null when it cannot be read (the thread ended).</summary>
    public static TimeSpan? Read(int clock) => ClockGetTime(clock, out var now) == 0 ? ToTimeSpan(now) : null;

    private static TimeSpan ToTimeSpan(Timespec t) => TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    [DllImport("libc", EntryPoint = "pthread_self")]
    private static extern nuint PthreadSelf();

    [DllImport("libc", EntryPoint = "pthread_getcpuclockid")]
    private static extern int GetCpuClockId(nuint thread, out int clock);
}
