using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GoalLint.Check.Scripts;

/// <summary>
/// Makes a script stoppable: every loop body starts by observing the check's cancellation token,
/// every method body by checking the stack, and every array size by checking it against
/// <see cref="MaxArrayElements"/>, so an endless loop ends at the time limit, runaway recursion
/// throws instead of killing the process, and one allocation cannot take gigabytes (which no
/// time limit interrupts). Code is inserted on the line it guards, so compile errors keep the
/// script's own line numbers.
/// </summary>
internal sealed class LoopGuardRewriter : CSharpSyntaxRewriter
{
    /// <summary>Largest array a script may create: 16 M elements (128 MB of longs), far above any table.</summary>
    public const int MaxArrayElements = 16 * 1024 * 1024;

    private static readonly StatementSyntax CancellationCheck =
        SyntaxFactory.ParseStatement("Cancellation.ThrowIfCancellationRequested();").WithoutTrivia();

    private static readonly StatementSyntax StackCheck =
        SyntaxFactory.ParseStatement("System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();").WithoutTrivia();

    /// <summary>Numbers the variables of the size guards, which share a scope when one statement creates several arrays.</summary>
    private int _sizes;

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!).WithStatement(Guard(node.Statement, CancellationCheck));

    /// <summary>
    /// <c>new T[n]</c> ⇒ <c>new T[n is var s &amp;&amp; s &lt;= Max ? s : throw …]</c>: each size is read once, as
    /// written. A dimension of a k-dimensional array gets the k-th root of the limit, so the product stays under it.
    /// </summary>
    public override SyntaxNode? VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
    {
        var visited = (ArrayRankSpecifierSyntax)base.VisitArrayRankSpecifier(node)!;
        if (node.Parent is not ArrayTypeSyntax { Parent: ArrayCreationExpressionSyntax })
        {
            return visited;
        }

        var limit = (int)Math.Pow(MaxArrayElements, 1.0 / visited.Sizes.Count);
        return visited.WithSizes(SyntaxFactory.SeparatedList(visited.Sizes.Select(size => size is OmittedArraySizeExpressionSyntax ? size : GuardSize(size, limit)), visited.Sizes.GetSeparators()));
    }

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

    private ExpressionSyntax GuardSize(ExpressionSyntax size, int limit)
    {
        var name = $"__goallintSize{_sizes++}";
        return SyntaxFactory.ParseExpression(
            $"({size.WithoutTrivia()}) is var {name} && {name} <= {limit} ? {name} : throw new System.InvalidOperationException(\"an array dimension of \" + {name} + \" is over the element limit for check scripts ({MaxArrayElements:N0} in all)\")")
            .WithTriviaFrom(size);
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
