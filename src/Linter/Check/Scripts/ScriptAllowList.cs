using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GoalLint.Check.Scripts;

/// <summary>
/// What a check script may use, decided on the compiled symbols, not on spelling: every type,
/// member, local, lambda and expression the script binds must come from this allow-list — the
/// GoalLint SDK, strings, numbers, dates, <c>Math</c>, <c>Convert</c>, collections, LINQ,
/// <c>StringBuilder</c>, <c>Regex</c> with a time-out, the check's cancellation token — or from the
/// script itself. So a name the script never writes (<c>Delegate.CreateDelegate</c> bound by
/// string, a <c>Type</c> returned by <c>GetType()</c>, a <c>MethodBase</c> from
/// <c>Exception.TargetSite</c>) is refused as surely as one it does. Reflection, delegates as
/// objects, <c>dynamic</c>, expression trees, unsafe code, pointers, P/Invoke, threads, tasks,
/// <c>async</c>, finalizers, GC, the environment, files, the network and processes are all simply
/// not on the list. Each use is refused at load with the script's line.
/// </summary>
internal static class ScriptAllowList
{
    /// <summary>Namespaces whose every public type a script may use (exactly these, not their sub-namespaces).</summary>
    private static readonly HashSet<string> Namespaces = new(StringComparer.Ordinal)
    {
        "GoalLint.Model", "GoalLint.Analysis", "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel",
    };

    /// <summary>Single types a script may use, by metadata name (generic arity as `N).</summary>
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.String", "System.Char", "System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Int128", "System.UInt128", "System.Decimal", "System.Double",
        "System.Single", "System.Half", "System.Math", "System.MathF", "System.Convert", "System.BitConverter", "System.DateTime", "System.DateOnly",
        "System.TimeOnly", "System.TimeSpan", "System.DateTimeOffset", "System.DayOfWeek", "System.DateTimeKind", "System.Guid", "System.Nullable",
        "System.Nullable`1", "System.Index", "System.Range", "System.Enum", "System.Array", "System.Span`1", "System.ReadOnlySpan`1",
        "System.MemoryExtensions", "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.MidpointRounding",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IFormattable", "System.IFormatProvider", "System.IDisposable",
        "System.ValueType", "System.Void", "System.Tuple", "System.ValueTuple",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Action", "System.Action`1", "System.Action`2",
        "System.Action`3", "System.Action`4", "System.Predicate`1", "System.Comparison`1", "System.Converter`2",
        "System.Exception", "System.InvalidOperationException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.FormatException", "System.OverflowException", "System.NotSupportedException",
        "System.IndexOutOfRangeException", "System.DivideByZeroException", "System.ArithmeticException", "System.OperationCanceledException",
        "System.Globalization.CultureInfo", "System.Globalization.NumberStyles", "System.Globalization.CompareOptions",
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.Lookup`2", "System.Linq.IOrderedEnumerable`1",
        "System.Text.StringBuilder", "System.Text.Rune", "System.Text.NormalizationForm",
        "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.RegexOptions", "System.Text.RegularExpressions.Match",
        "System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Text.RegularExpressions.MatchCollection",
        "System.Text.RegularExpressions.GroupCollection", "System.Text.RegularExpressions.CaptureCollection",
        "System.Text.RegularExpressions.RegexMatchTimeoutException", "System.Threading.CancellationToken",
    };

    /// <summary>Members of allowed types that still reach outside: reflection through <c>GetType</c>, a regex with no time-out.</summary>
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal)
    {
        "System.Object.GetType", "System.Text.RegularExpressions.Regex.InfiniteMatchTimeout", "System.Array.CreateInstance",
        "System.Array.CreateInstanceFromArrayType", "System.Enum.GetUnderlyingType", "System.Threading.CancellationToken.Register",
        "System.Threading.CancellationToken.UnsafeRegister", "System.Threading.CancellationToken.WaitHandle",
    };

    public static IEnumerable<(int Line, int Column, string Message)> Violations(Compilation compilation, SyntaxTree tree)
    {
        var root = tree.GetRoot();
        foreach (var directive in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.ReferenceDirectiveTrivia) || t.IsKind(SyntaxKind.LoadDirectiveTrivia)))
        {
            yield return At(directive.GetLocation(), "#r and #load are not allowed in check scripts");
        }

        var model = compilation.GetSemanticModel(tree);
        var lines = new HashSet<int>();
        foreach (var node in root.DescendantNodes())
        {
            var message = Syntax(node) ?? (Refused(model, node) is { } symbol
                ? $"'{Short(node)}' uses {symbol}, which is not on the allow-list for check scripts (the SDK, strings, numbers, dates, Math, collections, LINQ, StringBuilder, Regex with a time-out)"
                : null);
            var at = message is null ? default : At(node.GetLocation(), message);

            // One error per line, for the outermost construct on it: the rest of the line says the same again.
            if (message is not null && lines.Add(at.Item1))
            {
                yield return at;
            }
        }
    }

    /// <summary>Constructs refused whatever they bind to.</summary>
    private static string? Syntax(SyntaxNode node) => node switch
    {
        GotoStatementSyntax => "goto is not allowed in check scripts (loops must stay stoppable)",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc is not allowed in check scripts (a large one overflows the stack, which ends the process)",
        UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax => "unsafe code and pointers are not allowed in check scripts",
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "__makeref, __reftype and __refvalue are not allowed in check scripts",
        AwaitExpressionSyntax => "await is not allowed in check scripts (a check runs to its end on one thread)",
        LockStatementSyntax => "lock is not allowed in check scripts (a check runs on one thread)",
        DestructorDeclarationSyntax => "finalizers are not allowed in check scripts (one that throws ends the process)",
        MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax when Modifiers(node).Any(m => m.IsKind(SyntaxKind.AsyncKeyword)) =>
            "async is not allowed in check scripts (a check runs to its end on one thread)",
        MemberDeclarationSyntax or LocalFunctionStatementSyntax when Modifiers(node).Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)) =>
            "extern (P/Invoke) and unsafe members are not allowed in check scripts",
        _ => null,
    };

    private static SyntaxTokenList Modifiers(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax m => m.Modifiers,
        LocalFunctionStatementSyntax f => f.Modifiers,
        AnonymousFunctionExpressionSyntax a => a.Modifiers,
        _ => default,
    };

    /// <summary>The first symbol the node binds, declares or evaluates to that is not allowed, as shown to the user; null when all are.</summary>
    private static string? Refused(SemanticModel model, SyntaxNode node)
    {
        var symbols = new List<ISymbol?> { model.GetSymbolInfo(node).Symbol, model.GetDeclaredSymbol(node) };
        if (node is ExpressionSyntax)
        {
            var info = model.GetTypeInfo(node);
            symbols.Add(info.Type);
            symbols.Add(info.ConvertedType);
        }

        foreach (var symbol in symbols)
        {
            if (symbol is not null && RefusedSymbol(symbol) is { } refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static string? RefusedSymbol(ISymbol symbol) => symbol switch
    {
        ITypeSymbol type => RefusedType(type),
        IMethodSymbol method => RefusedMethod(method.ReducedFrom ?? method),
        IPropertySymbol property => RefusedMember(property) ?? RefusedType(property.Type),
        IFieldSymbol field => RefusedMember(field) ?? RefusedType(field.Type),
        IEventSymbol e => RefusedMember(e) ?? RefusedType(e.Type),
        ILocalSymbol local => RefusedType(local.Type),
        IParameterSymbol parameter => RefusedType(parameter.Type),
        IAliasSymbol alias => RefusedSymbol(alias.Target),
        _ => null,
    };

    private static string? RefusedMethod(IMethodSymbol method)
    {
        if (IsOwn(method))
        {
            return method.IsAsync ? "an async method" : RefusedType(method.ReturnType) ?? method.Parameters.Select(p => RefusedType(p.Type)).FirstOrDefault(r => r is not null);
        }

        var refused = RefusedMember(method) ?? RefusedType(method.ReturnType) ?? method.TypeArguments.Select(RefusedType).FirstOrDefault(r => r is not null);
        if (refused is not null)
        {
            return refused;
        }

        // A pattern runs in the runtime's own code, where no guard reaches: only with a time-out it gave itself.
        var isRegex = method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex";
        var runsPattern = method.IsStatic ? method.Name is not ("Escape" or "Unescape") : method.MethodKind == MethodKind.Constructor;
        return isRegex && runsPattern && !method.Parameters.Any(p => p.Type.ToDisplayString() == "System.TimeSpan")
            ? $"Regex.{(method.MethodKind == MethodKind.Constructor ? "new" : method.Name)} without a match time-out (pass one: new Regex(pattern, options, TimeSpan.FromMilliseconds(250)))"
            : null;
    }

    private static string? RefusedMember(ISymbol member)
    {
        if (IsOwn(member))
        {
            return null;
        }

        var name = $"{Key(member.ContainingType.OriginalDefinition)}.{member.Name}";
        return Members.Contains(name) ? name : RefusedType(member.ContainingType);
    }

    private static string? RefusedType(ITypeSymbol? type) => type switch
    {
        null or ITypeParameterSymbol or IErrorTypeSymbol => null,
        IDynamicTypeSymbol => "dynamic",
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => "a pointer type",
        IArrayTypeSymbol array => RefusedType(array.ElementType),
        INamedTypeSymbol { IsAnonymousType: true } => null,
        INamedTypeSymbol named when IsOwn(named) => named.TypeArguments.Select(RefusedType).FirstOrDefault(r => r is not null),
        INamedTypeSymbol named => Allowed(named.OriginalDefinition) ? named.TypeArguments.Select(RefusedType).FirstOrDefault(r => r is not null) : named.OriginalDefinition.ToDisplayString(),
        _ => type.ToDisplayString(),
    };

    private static bool Allowed(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        var outer = type;
        while (outer.ContainingType is { } containing)
        {
            outer = containing;
        }

        return Namespaces.Contains(ns) || Types.Contains(Key(outer)) || (ns == "System" && type.Name is "ValueTuple" or "Tuple");
    }

    /// <summary>Declared by the script itself (its classes, methods, lambdas, locals): what they use is checked where they use it.</summary>
    private static bool IsOwn(ISymbol symbol) => symbol.Locations.Any(l => l.IsInSource);

    /// <summary>A type as the lists name it: namespace and metadata name (System.Func`2).</summary>
    private static string Key(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{type.MetadataName}" : type.MetadataName;

    private static string Short(SyntaxNode node)
    {
        var text = node.ToString().ReplaceLineEndings(" ");
        return text.Length <= 60 ? text : text[..57] + "…";
    }

    private static (int, int, string) At(Location location, string message)
    {
        var start = location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1, message);
    }
}
