using GoalLint.Benchmarks;

return await Cli.RunAsync(args);
