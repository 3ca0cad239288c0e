using System.Text;
using GoalLint.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return GoalLintCommand.Create().Parse(args).Invoke();
