namespace GoalLint.Ingest.Formats;

/// <summary>The physical container a file's first bytes announce, whatever its extension says.</summary>
public enum Container
{
    /// <summary>PK\x03\x04: a zip, which an .xlsx is.</summary>
    Zip,
    /// <summary>D0 CF 11 E0: an OLE compound file, which an .xls (or an encrypted .xlsx) is.</summary>
    Ole,
    /// <summary>%PDF- in the first kilobyte (the spec lets junk precede it).</summary>
    Pdf,
    /// <summary>{\rtf: Rich Text, which Word and WPS also save.</summary>
    Rtf,
    /// <summary>Anything else is decoded as text.</summary>
    Text,
}

public static class FormatSniffer
{
    public static Container Sniff(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) ? Container.Zip
        : b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? Container.Ole
        : b[..Math.Min(b.Length, 1024)].IndexOf("%PDF-"u8) >= 0 ? Container.Pdf
        : b.StartsWith("{\\rtf"u8) ? Container.Rtf
        : Container.Text;
}
