using System.Text;

namespace GoalLint.Ingest;

/// <summary>
/// Decodes bytes by looking at them, not at the file name: a BOM wins; then UTF-16 without a
/// BOM (NULs on alternate bytes); then strict UTF-8; anything else is read as GB18030, the
/// superset of GBK/GB2312 that Chinese government systems export.
/// </summary>
public static class EncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The decoded text and the name of the encoding found.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8Lenient(bytes[3..]), "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return utf16;
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Gb18030.GetString(bytes), "gb18030");
        }
    }

    private static string Utf8Lenient(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>
    /// UTF-8 and GB18030 text never holds a NUL byte, UTF-16 text with any ASCII (tabs, line
    /// breaks, digits) always does: NULs in the first kilobytes mean UTF-16, and the byte
    /// parity that holds most of them tells the byte order.
    /// </summary>
    private static (string, string)? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        if (evenNul + oddNul == 0)
        {
            return null;
        }

        var even = bytes[..(bytes.Length & ~1)];
        return oddNul >= evenNul
            ? (Encoding.Unicode.GetString(even), "utf-16le")
            : (Encoding.BigEndianUnicode.GetString(even), "utf-16be");
    }

    /// <summary>
    /// The share of characters that plausibly belong to a Chinese table (ASCII, CJK, CJK and
    /// full-width punctuation, math signs such as ≥). Binary data decoded as text scores low.
    /// </summary>
    public static double Plausibility(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 1;
        }

        var good = 0;
        foreach (var c in text)
        {
            var plausible = c switch
            {
                '\t' or '\n' or '\r' or '\f' => true,
                < ' ' => false,
                < '\u007F' => true,
                >= '\u00A0' and < '\u0250' => true,
                >= '\u2000' and < '\u2BFF' => true,
                >= '\u2E80' and < '\uA000' => true,
                >= '\uFE30' and < '\uFFF0' => true,
                _ => false,
            };
            good += plausible ? 1 : 0;
        }

        return (double)good / text.Length;
    }
}
