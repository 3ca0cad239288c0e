using System.Threading.Channels;
using GoalLint.Serve.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalLint.Serve.Checking;

/// <summary>
/// Checks uploads one at a time, off the request: the reviewer's page polls the upload's progress.
/// The readers already use every core within one upload. Uploads left unfinished by a stop are
/// picked up again on start.
/// </summary>
public sealed class CheckQueue(Database database, RoundChecker checker, ILogger<CheckQueue> log) : BackgroundService
{
    private readonly Channel<long> _uploads = Channel.CreateUnbounded<long>();

    public void Enqueue(long uploadId) => _uploads.Writer.TryWrite(uploadId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using (var connection = database.Open())
        {
            foreach (var id in connection.Query("SELECT id FROM uploads WHERE status NOT IN ('done', 'failed') ORDER BY id", r => r.GetInt64(0)))
            {
                Enqueue(id);
            }
        }

        await foreach (var id in _uploads.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // The pipeline is synchronous and CPU-bound: keep it off the request threads.
                await Task.Run(() => checker.Check(id), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // One bad upload must not stop the queue; RoundChecker records the expected failures itself.
                log.LogError(ex, "upload {Upload} failed", id);
                using var connection = database.Open();
                connection.Execute("UPDATE uploads SET status = 'failed', message = $message, finished_at = $at WHERE id = $id",
                    new { message = "内部错误：" + ex.Message, at = Clock.Now(), id });
            }
        }
    }
}
