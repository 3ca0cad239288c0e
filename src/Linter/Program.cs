using System.Runtime;
using System.Text;
using GoalLint.Check.Scripts;
using GoalLint.Cli;

// Hidden: the process a user's script rules run in (Check/Scripts/ScriptWorker), before any of the CLI loads.
if (args is [ScriptWorker.Command])
{
    return ScriptWorker.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput());
}

// A batch tool: throughput over pause times, so no background collections competing with the readers and rules.
GCSettings.LatencyMode = GCLatencyMode.Batch;
Console.OutputEncoding = new UTF8Encoding(false);
return GoalLintCommand.Run(args);
