using System.Runtime;
using System.Text;
using GoalLint.Cli;

// A batch tool: throughput over pause times, so no background collections competing with the readers and rules.
GCSettings.LatencyMode = GCLatencyMode.Batch;
Console.OutputEncoding = new UTF8Encoding(false);
return GoalLintCommand.Run(args);
