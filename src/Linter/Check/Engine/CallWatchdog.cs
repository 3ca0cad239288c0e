namespace GoalLint.Check.Engine;

/// <summary>
/// Enforces the time limit of rule-code calls with one timer for the whole run instead of a
/// timed <see cref="CancellationTokenSource"/> per call: at 100,000 tables and a dozen code rules
/// that is over a million timers, each taking the runtime's timer lock. Every thread keeps one
/// reusable call slot; the watchdog wakes a few times a second and cancels a slot whose call has
/// run past its limit, in the calling thread's CPU time where the OS gives one (<see cref="Slot"/>),
/// so whether a rule is stopped does not depend on the machine's load. Time the garbage collector
/// held every thread still does not count: on a 100,000-table run a gen2 pause of seconds would
/// otherwise fail whichever rule it fell in.
/// </summary>
internal sealed class CallWatchdog : IDisposable
{
    private const int TicksPerCheck = 20;
    private readonly List<Slot> _slots = [];
    private readonly ThreadLocal<Slot> _mine;
    private readonly Timer _timer;

    /// <param name="limit">The usual call limit, which sets how often the watchdog wakes.</param>
    /// <param name="wallFactor">How many times the limit a call may take on the wall clock where CPU time is measured.</param>
    public CallWatchdog(TimeSpan limit, int wallFactor = Slot.DefaultWallFactor)
    {
        _mine = new ThreadLocal<Slot>(() =>
        {
            var slot = new Slot(wallFactor);
            lock (_slots)
            {
                _slots.Add(slot);
            }

            return slot;
        });
        var period = TimeSpan.FromMilliseconds(Math.Clamp(limit.TotalMilliseconds / TicksPerCheck, 1, 250));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    /// <summary>Starts a call on this thread that may run for <paramref name="limit"/>; dispose the call when it returns.</summary>
    public Call Start(TimeSpan limit) => _mine.Value!.Start(limit);

    public void Dispose()
    {
        _timer.Dispose();
        _mine.Dispose();
    }

    private void Check()
    {
        var now = TimeProvider.System.GetTimestamp();
        var paused = PausedTicks();
        lock (_slots)
        {
            foreach (var slot in _slots)
            {
                slot.CancelIfOverdue(now, paused);
            }
        }
    }

    /// <summary>All the time the GC has paused the process so far, in timestamp ticks.</summary>
    private static long PausedTicks() => (long)(GC.GetTotalPauseDuration().TotalSeconds * TimeProvider.System.TimestampFrequency);

    /// <summary>One thread's call in progress: its token, and whether the watchdog cancelled it.</summary>
    public readonly struct Call(Slot slot) : IDisposable
    {
        public CancellationToken Token => slot.Token;

        public bool TimedOut => slot.Token.IsCancellationRequested;

        public void Dispose() => slot.Finish();
    }

    /// <summary>
    /// A thread's call state. <c>_deadline</c> (wall clock) is 0 when idle; the watchdog swaps it to
    /// -1 before cancelling, so a call that finished (or a newer call) in between is never
    /// cancelled by mistake. Where the thread has a CPU clock, the limit is CPU time (the load does
    /// not spend it) and the wall-clock deadline is only a net, <c>wallFactor</c> times later,
    /// for a call that blocks without running. The calling thread never reads its CPU clock (a
    /// system call, on every rule call of a run): the watchdog reads it from its own thread when it
    /// first sees a call, so the CPU a call spends before that (at most one watchdog period, a
    /// twentieth of the limit) is not counted.
    /// </summary>
    internal sealed class Slot(int wallFactor)
    {
        public const int DefaultWallFactor = 15;

        /// <summary>Made by the ThreadLocal factory, so on the thread whose calls the slot times.</summary>
        private readonly int? _clock = CpuClock.ThreadClock();
        private CancellationTokenSource _source = new();
        private long _deadline;
        private long _pausedAtStart;
        private long _cpuLimit;
        private long _calls;

        /// <summary>The call the watchdog last saw on this slot, and the thread's CPU time when it first saw it (the watchdog's thread only).</summary>
        private long _seenCall = -1;
        private long _cpuAtSeen;

        public CancellationToken Token => _source.Token;

        public Call Start(TimeSpan limit)
        {
            Interlocked.Increment(ref _calls);
            Volatile.Write(ref _pausedAtStart, PausedTicks());
            Volatile.Write(ref _cpuLimit, limit.Ticks);
            var wall = _clock is null ? limit : limit * wallFactor;
            Volatile.Write(ref _deadline, TimeProvider.System.GetTimestamp() + (long)(wall.TotalSeconds * TimeProvider.System.TimestampFrequency));
            return new Call(this);
        }

        public void Finish()
        {
            if (Interlocked.Exchange(ref _deadline, 0) == -1 || !_source.TryReset())
            {
                Volatile.Write(ref _source, new CancellationTokenSource()); // cancelled, or about to be: never reuse it
            }
        }

        public void CancelIfOverdue(long now, long paused)
        {
            var set = Volatile.Read(ref _deadline);
            if (set <= 0)
            {
                return;
            }

            var pausedSinceStart = paused - Volatile.Read(ref _pausedAtStart);
            var overdue = now > set + pausedSinceStart || OverCpu(pausedSinceStart);
            var source = Volatile.Read(ref _source); // replaced only in Finish after a cancel, so this is the call's own
            if (overdue && Interlocked.CompareExchange(ref _deadline, -1, set) == set)
            {
                source.Cancel();
            }
        }

        /// <summary>Whether the call in progress has spent its limit in CPU since the watchdog first saw it (GC pauses since it started aside).</summary>
        private bool OverCpu(long pausedSinceStart)
        {
            var call = Volatile.Read(ref _calls);
            if (_clock is not { } clock || CpuClock.Read(clock) is not { } cpu)
            {
                return false;
            }

            if (call != _seenCall)
            {
                _seenCall = call;
                _cpuAtSeen = cpu.Ticks;
                return false;
            }

            return cpu.Ticks - _cpuAtSeen - TimeSpan.FromSeconds((double)pausedSinceStart / TimeProvider.System.TimestampFrequency).Ticks > Volatile.Read(ref _cpuLimit);
        }
    }
}
