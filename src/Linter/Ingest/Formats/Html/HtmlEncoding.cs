using System.Text;
using System.Text.RegularExpressions;

namespace GoalLint.Ingest.Formats.Html;

/// <summary>
/// Decodes an HTML page as a browser would: a byte-order mark wins, then the charset the page
/// declares in its first kilobytes (&lt;meta charset&gt; or http-equiv), then what the bytes look
/// like. A declaration the bytes contradict (a GBK page saved as UTF-8 that still says gb2312)
/// loses to the bytes, since the reviewer's browser would show mojibake and nobody would sign it.
/// </summary>
internal static partial class HtmlEncoding
{
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        var hasBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && Declared(bytes) is { } declared)
        {
            try
            {
                var strict = Encoding.GetEncoding(declared.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                return (strict.GetString(bytes), declared.WebName);
            }
            catch (DecoderFallbackException)
            {
                // The page lies about its encoding: the bytes decide.
            }
        }

        return EncodingDetector.Decode(bytes);
    }

    /// <summary>The charset named in the first 1,024 bytes, read as ASCII; gb2312 and gbk widen to GB18030, their superset.</summary>
    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (Charset().Match(head) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return EncodingDetector.Gb18030;
        }

        try
        {
            _ = EncodingDetector.Gb18030; // registers the code-page encodings
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Charset();
}
