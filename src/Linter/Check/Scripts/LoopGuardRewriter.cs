using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GoalLint.Check.Scripts;

/// <summary>
/// Makes a script stoppable: every loop body starts by observing the check's cancellation token,
/// and every method body by checking the stack, so an endless loop ends at the time limit and
/// runaway recursion throws instead of killing the process. Statements are inserted on the line
/// of the opening brace, so compile errors keep the script's own line numbers.
/// </summary>
internal sealed class LoopGuardRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CancellationCheck =
        SyntaxFactory.ParseStatement("Cancellation.ThrowIfCancellationRequested();").WithoutTrivia();

    private static readonly StatementSyntax StackCheck =
        SyntaxFactory.ParseStatement("System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();").WithoutTrivia();

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return GuardedBody(visited.Body, visited.ExpressionBody, visited.ReturnType) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return GuardedBody(visited.Body, visited.ExpressionBody, visited.ReturnType) is { } body
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body)
            : visited;
    }

    /// <summary>The body with a stack check first; an expression body (=> x) becomes { check; return x; }.</summary>
    private static BlockSyntax? GuardedBody(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, TypeSyntax returnType)
    {
        if (block is not null)
        {
            return Prepend(block, StackCheck);
        }

        if (arrow is null)
        {
            return null;
        }

        var isVoid = returnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword);
        StatementSyntax statement = isVoid ? SyntaxFactory.ExpressionStatement(arrow.Expression) : SyntaxFactory.ReturnStatement(arrow.Expression.WithLeadingTrivia(SyntaxFactory.Space));
        return SyntaxFactory.Block(StackCheck, statement);
    }

    private StatementSyntax Guard(StatementSyntax original, StatementSyntax check)
    {
        var body = (StatementSyntax)Visit(original)!;
        return body is BlockSyntax block
            ? Prepend(block, check)
            : SyntaxFactory.Block(check, body).WithLeadingTrivia(body.GetLeadingTrivia()).WithTrailingTrivia(body.GetTrailingTrivia());
    }

    private static BlockSyntax Prepend(BlockSyntax block, StatementSyntax statement) =>
        block.WithStatements(block.Statements.Insert(0, statement));
}
