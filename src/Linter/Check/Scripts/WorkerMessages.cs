using System.Buffers.Binary;
using System.Text.Json;
using GoalLint.Model;
using GoalLint.Shared.Json;

namespace GoalLint.Check.Scripts;

/// <summary>What the linter asks of a script worker process: one kind of request each, the other members null.</summary>
internal sealed record WorkerRequest
{
    /// <summary>With <see cref="Image"/>: load this compiled script under its key.</summary>
    public string? ScriptKey { get; init; }

    public byte[]? Image { get; init; }

    /// <summary>The run's documents, replacing the previous run's.</summary>
    public List<PerformanceDocument>? Documents { get; init; }

    /// <summary>The tables a call sees as the run: (document, table) index pairs, flattened.</summary>
    public int[]? Run { get; init; }

    public WorkerCall? Call { get; init; }
}

/// <summary>One call of a loaded script, on one table (<see cref="Document"/>, <see cref="Table"/>) or, with a table of -1, on the run.</summary>
internal sealed record WorkerCall(string ScriptKey, int Document, int Table, Dictionary<string, JsonElement> Params, long LimitTicks);

/// <summary>
/// A worker's answer: for a call, what the script reported (at most the cap per document, the
/// rest only counted in <see cref="Dropped"/>), or how it failed, and the CPU it spent.
/// </summary>
internal sealed record WorkerReply
{
    public List<WorkerIssue>? Issues { get; init; }

    /// <summary>Issues past the cap, by document index.</summary>
    public Dictionary<int, int>? Dropped { get; init; }

    public string? FailureCause { get; init; }

    public string? FailureMessage { get; init; }

    public bool TimedOut { get; init; }

    public long CpuTicks { get; init; }
}

/// <summary>A reported issue by indexes into the run (-1 for no table or indicator); the evidence is cut where the finding would cut it.</summary>
internal sealed record WorkerIssue(int Document, int Table, SourceLocation At, string Evidence, int Indicator, Dictionary<string, string>? Values, List<RelatedLocation>? Related);

/// <summary>Messages on the worker's standard input and output: a 4-byte little-endian length, then that much UTF-8 JSON.</summary>
internal static class WorkerFrames
{
    public static void Write<T>(Stream output, T message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, JsonDefaults.Options);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        output.Write(length);
        output.Write(body);
        output.Flush();
    }

    /// <summary>The next message, or null at the end of the stream; a message over <paramref name="maxBytes"/> is an <see cref="InvalidDataException"/>.</summary>
    public static async Task<T?> ReadAsync<T>(Stream input, int maxBytes) where T : class
    {
        var length = new byte[4];
        if (await input.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size < 0 || size > maxBytes)
        {
            throw new InvalidDataException($"a message of {size:N0} bytes, over the {maxBytes:N0}-byte limit");
        }

        var body = new byte[size];
        await input.ReadExactlyAsync(body);
        return JsonSerializer.Deserialize<T>(body, JsonDefaults.Options);
    }
}
