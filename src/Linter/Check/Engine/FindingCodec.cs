using System.Runtime.InteropServices;
using GoalLint.Check.Findings;
using GoalLint.Model;

namespace GoalLint.Check.Engine;

/// <summary>
/// A <see cref="Finding"/> in the run's spill file (<see cref="FindingSpill"/>), field by field.
/// Texts are kept as their UTF-16 code units, so every string (a lone surrogate from a damaged
/// cell included) reads back exactly as it was made, and the reports render the same bytes.
/// </summary>
internal static class FindingCodec
{
    public static void Write(BinaryWriter w, Finding f)
    {
        Text(w, f.RuleId);
        Text(w, f.Category);
        w.Write((byte)f.Severity);
        Text(w, f.Message);
        Text(w, f.Evidence);
        Text(w, f.Suggestion);
        Text(w, f.File);
        Location(w, f.At);
        w.Write(f.Table is not null);
        if (f.Table is { } t)
        {
            w.Write(t.Index);
            w.Write((byte)t.Kind);
            Text(w, t.ProjectName);
            Text(w, t.ProjectCode);
            w.Write(t.Line);
        }

        w.Write(f.Indicator is not null);
        if (f.Indicator is { } i)
        {
            Text(w, i.Level1);
            Text(w, i.Level2);
            Text(w, i.Name);
        }

        w.Write(f.Related.Count);
        foreach (var r in f.Related)
        {
            Text(w, r.File);
            Location(w, r.At);
            Text(w, r.Message);
        }

        Text(w, f.HelpUri);
        Text(w, f.Provenance.Pack);
        Text(w, f.Provenance.DefinedIn);
        w.Write(f.Provenance.ChangedBy.Count);
        foreach (var change in f.Provenance.ChangedBy)
        {
            Text(w, change);
        }

        Text(w, f.Fingerprint);
        w.Write((byte)f.State);
        w.Write(f.Waiver is not null);
        if (f.Waiver is { } waiver)
        {
            Text(w, waiver.Justification);
            Text(w, waiver.ApprovedBy);
            w.Write(waiver.Expires?.DayNumber ?? -1);
        }
    }

    public static Finding Read(BinaryReader r)
    {
        var ruleId = Text(r)!;
        var category = Text(r)!;
        var severity = (Severity)r.ReadByte();
        var message = Text(r)!;
        var evidence = Text(r)!;
        var suggestion = Text(r);
        var file = Text(r)!;
        var at = Location(r);
        var table = r.ReadBoolean() ? new TableReference(r.ReadInt32(), (TableKind)r.ReadByte(), Text(r), Text(r), r.ReadInt32()) : null;
        var indicator = r.ReadBoolean() ? new IndicatorReference(Text(r), Text(r), Text(r)) : null;
        var related = new RelatedLocation[r.ReadInt32()];
        for (var k = 0; k < related.Length; k++)
        {
            related[k] = new RelatedLocation(Text(r)!, Location(r), Text(r)!);
        }

        var helpUri = Text(r);
        var (pack, definedIn) = (Text(r)!, Text(r)!);
        var changedBy = new string[r.ReadInt32()];
        for (var k = 0; k < changedBy.Length; k++)
        {
            changedBy[k] = Text(r)!;
        }

        var fingerprint = Text(r)!;
        var state = (FindingState)r.ReadByte();
        var waiver = r.ReadBoolean() ? new WaiverNote(Text(r)!, Text(r)!, r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null) : null;
        return new Finding
        {
            RuleId = ruleId,
            Category = category,
            Severity = severity,
            Message = message,
            Evidence = evidence,
            Suggestion = suggestion,
            File = file,
            At = at,
            Table = table,
            Indicator = indicator,
            Related = related,
            HelpUri = helpUri,
            Provenance = new RuleProvenance(pack, definedIn, changedBy),
            Fingerprint = fingerprint,
            State = state,
            Waiver = waiver,
        };
    }

    private static void Location(BinaryWriter w, SourceLocation at)
    {
        w.Write(at.Line);
        w.Write(at.Column);
        Text(w, at.Sheet);
        Text(w, at.Cell);
    }

    private static SourceLocation Location(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32(), Text(r), Text(r));

    /// <summary>The length in UTF-16 code units (-1 for null), then the code units.</summary>
    private static void Text(BinaryWriter w, string? text)
    {
        w.Write(text?.Length ?? -1);
        if (text is not null)
        {
            w.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }

    private static string? Text(BinaryReader r)
    {
        var length = r.ReadInt32();
        if (length < 0)
        {
            return null;
        }

        return string.Create(length, r.BaseStream, static (chars, stream) => stream.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }
}
