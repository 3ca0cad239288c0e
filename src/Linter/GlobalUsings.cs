// The shared lower layer (text, vocabulary, money, JSON conventions) is open to every stage.
global using GoalLint.Shared;
