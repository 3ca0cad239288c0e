namespace GoalLint.Tests.Fuzz;

/// <summary>A fuzz input broke a property (or let an exception out of the pipeline).</summary>
public sealed class FuzzFailure(string message, Exception? inner = null) : Exception(message, inner);
