using System.Text;
using GoalLint.Ingest;

namespace GoalLint.Tests.Fuzz;

/// <summary>Every encoding GoalLint reads, with and without a byte-order mark, and a file saved half in one and half in another.</summary>
public enum FuzzEncoding
{
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16LeBom,
    Utf16Be,
    Utf16BeBom,
    Gb18030,
    Utf8ThenGb18030,
}

public static class FuzzEncodings
{
    public static byte[] Encode(string text, FuzzEncoding encoding) => encoding switch
    {
        FuzzEncoding.Utf8 => Encoding.UTF8.GetBytes(text),
        FuzzEncoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        FuzzEncoding.Utf16Le => Encoding.Unicode.GetBytes(text),
        FuzzEncoding.Utf16LeBom => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        FuzzEncoding.Utf16Be => Encoding.BigEndianUnicode.GetBytes(text),
        FuzzEncoding.Utf16BeBom => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        FuzzEncoding.Gb18030 => EncodingDetector.Gb18030.GetBytes(text),
        _ => [.. Encoding.UTF8.GetBytes(text[..(text.Length / 2)]), .. EncodingDetector.Gb18030.GetBytes(text[(text.Length / 2)..])],
    };
}
