using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GoalLint.Check.Scripts;

/// <summary>
/// What a check script may not touch: files, processes, the network, reflection, interop,
/// threads, the environment. A check reads the table and reports; anything else in a rule pack
/// is refused at load time with the script's line. This is a guard against mistakes and casual
/// misuse, not a sandbox: only packs the user trusts run code at all.
/// </summary>
internal static class ScriptSafety
{
    private static readonly string[] BannedNamespaces =
    [
        "System.IO", "System.Net", "System.Diagnostics", "System.Reflection", "System.Runtime.InteropServices",
        "System.Runtime.Loader", "System.Threading", "Microsoft.Win32", "System.Security", "System.CodeDom",
    ];

    private static readonly string[] BannedTypes =
    [
        "System.Environment", "System.AppDomain", "System.Activator", "System.GC", "System.Type", "System.Console",
    ];

    /// <summary>Types a script may name even inside a banned namespace.</summary>
    private static readonly string[] AllowedTypes = ["System.Threading.CancellationToken"];

    /// <summary>Each use of a banned API or directive, as (line, message).</summary>
    public static IEnumerable<(int Line, string Message)> Violations(Compilation compilation, SyntaxTree tree)
    {
        var root = tree.GetRoot();
        foreach (var directive in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.ReferenceDirectiveTrivia) || t.IsKind(SyntaxKind.LoadDirectiveTrivia)))
        {
            yield return (Line(directive.GetLocation()), "#r and #load are not allowed in check scripts");
        }

        foreach (var node in root.DescendantNodes().OfType<GotoStatementSyntax>())
        {
            yield return (Line(node.GetLocation()), "goto is not allowed in check scripts (loops must stay stoppable)");
        }

        foreach (var node in root.DescendantNodes().Where(n => n is StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax))
        {
            yield return (Line(node.GetLocation()), "stackalloc is not allowed in check scripts (a large one overflows the stack, which ends the process)");
        }

        var model = compilation.GetSemanticModel(tree);
        foreach (var node in root.DescendantNodes().Where(n => n is SimpleNameSyntax or ObjectCreationExpressionSyntax))
        {
            var symbol = model.GetSymbolInfo(node).Symbol;
            var type = symbol as ITypeSymbol ?? symbol?.ContainingType;
            var name = type?.OriginalDefinition.ToDisplayString() ?? "";
            var ns = (symbol as INamespaceSymbol ?? type?.ContainingNamespace)?.ToDisplayString() ?? "";
            if (AllowedTypes.Contains(name))
            {
                continue;
            }

            if (BannedTypes.Contains(name) || BannedNamespaces.Any(b => ns == b || ns.StartsWith(b + ".", StringComparison.Ordinal)))
            {
                yield return (Line(node.GetLocation()), $"'{node}' ({(name.Length > 0 ? name : ns)}) is not allowed in check scripts");
            }
        }
    }

    private static int Line(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;
}
