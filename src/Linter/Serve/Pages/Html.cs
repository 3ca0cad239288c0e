using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GoalLint.Serve.Pages;

/// <summary>
/// A piece of markup. Pages are written as <c>Html.Of($"&lt;td&gt;{text}&lt;/td&gt;")</c>: the literal parts
/// are the page's own markup, and every hole is HTML-encoded unless it is itself <see cref="Html"/>.
/// So text from a submission (evidence, names, messages) cannot become markup, by construction.
/// </summary>
public readonly struct Html
{
    /// <summary>Keeps Chinese as characters (pages stay readable and small) while still encoding &lt; &gt; &amp; " '.</summary>
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    public static Html Empty => default;

    public string Markup => _markup ?? "";

    public static Html Of(ref HtmlBuilder builder) => new(builder.ToString());

    /// <summary>Encoded text, for places that hold a value rather than a template.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Markup)));

    public static Html When(bool condition, ref HtmlBuilder builder) => condition ? new(builder.ToString()) : Empty;

    /// <summary>Only for markup this program wrote itself (never for text that came in).</summary>
    internal static Html Trusted(string markup) => new(markup);

    public override string ToString() => Markup;
}

/// <summary>Builds <see cref="Html"/> from an interpolated string: literals as written, holes encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlBuilder
{
    private readonly StringBuilder _sb;

    public HtmlBuilder(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + (formattedCount * 16));

    public readonly void AppendLiteral(string literal) => _sb.Append(literal);

    public readonly void AppendFormatted(Html html) => _sb.Append(html.Markup);

    public readonly void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var part in parts)
        {
            _sb.Append(part.Markup);
        }
    }

    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Html html:
                _sb.Append(html.Markup);
                break;
            case IEnumerable<Html> parts:
                AppendFormatted(parts);
                break;
            case IFormattable f:
                _sb.Append(Html.Encoder.Encode(f.ToString(null, CultureInfo.InvariantCulture)));
                break;
            default:
                _sb.Append(Html.Encoder.Encode(value?.ToString() ?? ""));
                break;
        }
    }

    public readonly void AppendFormatted<T>(T value, string format)
        where T : IFormattable => _sb.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public override readonly string ToString() => _sb.ToString();
}
