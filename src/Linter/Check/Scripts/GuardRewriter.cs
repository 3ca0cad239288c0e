using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GoalLint.Check.Scripts;

/// <summary>
/// Makes a script stoppable: every loop body and every body of code — methods, local functions,
/// lambdas and anonymous methods (LINQ's delegates too), constructors, property, indexer and event
/// accessors, operators — starts with <see cref="Analysis.Guards.ScriptGuard.Enter"/>, which
/// observes the check's time limit and checks the stack; every array size is checked against
/// <see cref="MaxArrayElements"/>; every regex match time-out is capped at one second. So an endless loop or recursion anywhere ends at the time limit
/// or as an exception instead of a hang or a dead process, and one allocation cannot take
/// gigabytes. Code is inserted on the line it guards, so compile errors keep the script's own lines.
/// </summary>
internal sealed class GuardRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    /// <summary>Largest array a script may create: 16 M elements (128 MB of longs), far above any table.</summary>
    public const int MaxArrayElements = 16 * 1024 * 1024;

    private static readonly StatementSyntax Guard =
        SyntaxFactory.ParseStatement("GoalLint.Analysis.Guards.ScriptGuard.Enter();").WithoutTrivia();

    /// <summary>Numbers the variables of the size guards, which share a scope when one statement creates several arrays.</summary>
    private int _sizes;

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!).WithStatement(GuardStatement(node.Statement));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!).WithStatement(GuardStatement(node.Statement));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!).WithStatement(GuardStatement(node.Statement));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!).WithStatement(GuardStatement(node.Statement));

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        ((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!).WithStatement(GuardStatement(node.Statement));

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

    /// <summary>A match time-out passed to Regex is capped (<see cref="Analysis.Guards.ScriptGuard.MatchTimeout"/>), so a pattern cannot outrun the call's limit by much.</summary>
    public override SyntaxNode? VisitArgument(ArgumentSyntax node)
    {
        var visited = (ArgumentSyntax)base.VisitArgument(node)!;
        return IsRegexTimeout(node)
            ? visited.WithExpression(SyntaxFactory.ParseExpression($"GoalLint.Analysis.Guards.ScriptGuard.MatchTimeout({visited.Expression.WithoutTrivia()})").WithTriviaFrom(visited.Expression))
            : visited;
    }

    private bool IsRegexTimeout(ArgumentSyntax argument)
    {
        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list || model.GetSymbolInfo(call).Symbol is not IMethodSymbol method
            || method.ContainingType.ToDisplayString() != "System.Text.RegularExpressions.Regex")
        {
            return false;
        }

        var index = list.Arguments.IndexOf(argument);
        var parameter = argument.NameColon is { } named ? method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.ValueText)
            : index < method.Parameters.Length ? method.Parameters[index] : null;
        return parameter?.Type.ToDisplayString() == "System.TimeSpan";
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, Returns(node)) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return Body(visited.Body, visited.ExpressionBody, Returns(node)) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, returns: false) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, returns: true) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, returns: true) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        var returns = node.IsKind(SyntaxKind.GetAccessorDeclaration);
        return Body(visited.Body, visited.ExpressionBody, returns) is { } body ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body) : visited;
    }

    /// <summary><c>T P => x;</c> and <c>T this[int i] => x;</c> become a guarded getter.</summary>
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow)) : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(Getter(arrow)) : visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.WithExpressionBody(null).WithBlock(LambdaBody(node, visited.Block, visited.ExpressionBody));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.WithExpressionBody(null).WithBlock(LambdaBody(node, visited.Block, visited.ExpressionBody));
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Prepend(visited.Block));
    }

    private BlockSyntax LambdaBody(AnonymousFunctionExpressionSyntax original, BlockSyntax? block, ExpressionSyntax? expression) =>
        block is not null ? Prepend(block) : Body(null, SyntaxFactory.ArrowExpressionClause(expression!), (model.GetSymbolInfo(original).Symbol as IMethodSymbol)?.ReturnsVoid == false)!;

    private bool Returns(SyntaxNode declaration) => model.GetDeclaredSymbol(declaration) is IMethodSymbol { ReturnsVoid: false };

    /// <summary>The body with the guard first; an expression body (=> x) becomes { guard; return x; } or { guard; x; }.</summary>
    private static BlockSyntax? Body(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, bool returns)
    {
        if (block is not null)
        {
            return Prepend(block);
        }

        if (arrow is null)
        {
            return null;
        }

        StatementSyntax statement = returns ? SyntaxFactory.ReturnStatement(arrow.Expression.WithLeadingTrivia(SyntaxFactory.Space)) : SyntaxFactory.ExpressionStatement(arrow.Expression);
        return SyntaxFactory.Block(Guard, statement);
    }

    private static AccessorListSyntax Getter(ArrowExpressionClauseSyntax arrow) =>
        SyntaxFactory.AccessorList(SyntaxFactory.SingletonList(SyntaxFactory.AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Body(null, arrow, returns: true))));

    private ExpressionSyntax GuardSize(ExpressionSyntax size, int limit)
    {
        var name = $"__goallintSize{_sizes++}";
        return SyntaxFactory.ParseExpression(
            $"({size.WithoutTrivia()}) is var {name} && {name} <= {limit} ? {name} : throw new System.InvalidOperationException(\"an array dimension of \" + {name} + \" is over the element limit for check scripts ({MaxArrayElements:N0} in all)\")")
            .WithTriviaFrom(size);
    }

    private StatementSyntax GuardStatement(StatementSyntax original)
    {
        var body = (StatementSyntax)Visit(original)!;
        return body is BlockSyntax block
            ? Prepend(block)
            : SyntaxFactory.Block(Guard, body).WithLeadingTrivia(body.GetLeadingTrivia()).WithTrailingTrivia(body.GetTrailingTrivia());
    }

    private static BlockSyntax Prepend(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, Guard));
}
