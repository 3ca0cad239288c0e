namespace GoalLint.Shared.Cache;

/// <summary>
/// The shipped data files' parsed forms (the vocabulary, the forms, the message catalogue), for
/// <see cref="ParsedCache"/>, written by hand like the rule files' (<see cref="Check.Yaml.ConfigBinary"/>):
/// their source-generated JSON metadata was built on every run, ≈ 80 ms of a one-file lint on each of its
/// two threads. Every settable property is written; a reflective round-trip test catches one left out.
/// </summary>
internal static class SharedParsedBinary
{
    public static ParsedCodec<VocabularyFile> Vocabulary { get; } = ParsedCodec.Binary<VocabularyFile>(WriteVocabulary, ReadVocabulary);

    public static ParsedCodec<FormsFile> Forms { get; } = ParsedCodec.Binary<FormsFile>((w, f) => w.WriteList(f.Forms, (w, form) => w.WriteOptional(form, WriteForm)), r => new FormsFile { Forms = r.ReadList(r => r.ReadOptional(ReadForm)!)! });

    /// <summary>The message catalogue: id → language → template.</summary>
    public static ParsedCodec<Dictionary<string, Dictionary<string, string>>> Messages { get; } = ParsedCodec.Binary<Dictionary<string, Dictionary<string, string>>>(
        (w, map) => w.WriteMap(map, (w, texts) => w.WriteMap(texts, BinaryForm.WriteText)),
        r => r.ReadMap(r => r.ReadMap(r => r.ReadText()!)!)!);

    public static void WriteVocabulary(BinaryWriter w, VocabularyFile v)
    {
        WriteWordMap(w, v.HeaderFields);
        WriteWordMap(w, v.Goals);
        WriteWordMap(w, v.IndicatorColumns);
        WriteWordMap(w, v.ColumnParts);
        WriteWordMap(w, v.TaskColumns);
        w.WriteOptional(v.Categories, (w, c) =>
        {
            WriteEntries(w, c.Level1);
            WriteEntries(w, c.Level2);
        });
        WriteEntries(w, v.FundLines);
        w.WriteOptional(v.FundSources, (w, f) =>
        {
            w.WriteTexts(f.Funders);
            w.WriteTexts(f.Kinds);
            w.WriteTexts(f.Ends);
        });
        WriteWordMap(w, v.MoneyUnits);
        w.WriteTexts(v.BlockEnds);
        w.WriteTexts(v.ValueOpeners);
        w.WriteList(v.TableKinds, (w, k) => w.WriteOptional(k, (w, k) =>
        {
            w.WriteText(k.Id);
            w.WriteText(k.Name);
            w.WriteText(k.Kind);
            w.WriteTexts(k.Words);
        }));
        w.WriteList(v.Measures, (w, m) => w.WriteOptional(m, (w, m) =>
        {
            w.WriteText(m.Id);
            w.WriteTexts(m.Contains);
            w.WriteTexts(m.Ends);
            w.WriteTexts(m.Not);
            w.WriteTexts(m.Units);
            w.WriteTexts(m.Kinds);
        }));
        WriteWordMap(w, v.MisfiledMeasures);
        w.WriteOptional(v.LowerIsBetter, (w, n) =>
        {
            w.WriteTexts(n.Contains);
            w.WriteTexts(n.Not);
        });
    }

    public static VocabularyFile ReadVocabulary(BinaryReader r) => new()
    {
        HeaderFields = ReadWordMap(r)!,
        Goals = ReadWordMap(r)!,
        IndicatorColumns = ReadWordMap(r)!,
        ColumnParts = ReadWordMap(r)!,
        TaskColumns = ReadWordMap(r)!,
        Categories = r.ReadOptional(r => new CategoriesFile { Level1 = ReadEntries(r)!, Level2 = ReadEntries(r)! })!,
        FundLines = ReadEntries(r)!,
        FundSources = r.ReadOptional(r => new FundSourceWords { Funders = r.ReadTexts()!, Kinds = r.ReadTexts()!, Ends = r.ReadTexts()! })!,
        MoneyUnits = ReadWordMap(r)!,
        BlockEnds = r.ReadTexts()!,
        ValueOpeners = r.ReadTexts()!,
        TableKinds = r.ReadList(r => r.ReadOptional(r => new KindWords { Id = r.ReadText()!, Name = r.ReadText()!, Kind = r.ReadText()!, Words = r.ReadTexts()! })!)!,
        Measures = r.ReadList(r => r.ReadOptional(r => new MeasureEntry { Id = r.ReadText()!, Contains = r.ReadTexts()!, Ends = r.ReadTexts()!, Not = r.ReadTexts()!, Units = r.ReadTexts()!, Kinds = r.ReadTexts()! })!)!,
        MisfiledMeasures = ReadWordMap(r)!,
        LowerIsBetter = r.ReadOptional(r => new NameWords { Contains = r.ReadTexts()!, Not = r.ReadTexts()! })!,
    };

    private static void WriteWordMap(BinaryWriter w, Dictionary<string, List<string>>? map) => w.WriteMap(map, (w, words) => w.WriteTexts(words));

    private static Dictionary<string, List<string>>? ReadWordMap(BinaryReader r) => r.ReadMap(r => r.ReadTexts()!);

    private static void WriteEntries(BinaryWriter w, List<WordEntry>? entries) => w.WriteList(entries, (w, e) => w.WriteOptional(e, (w, e) =>
    {
        w.WriteText(e.Id);
        w.WriteText(e.Parent);
        w.WriteTexts(e.Labels);
        w.WriteTexts(e.Starts);
        w.WriteTexts(e.Contains);
    }));

    private static List<WordEntry>? ReadEntries(BinaryReader r) =>
        r.ReadList(r => r.ReadOptional(r => new WordEntry { Id = r.ReadText()!, Parent = r.ReadText()!, Labels = r.ReadTexts()!, Starts = r.ReadTexts()!, Contains = r.ReadTexts()! })!);

    private static void WriteForm(BinaryWriter w, FormSpec f)
    {
        w.WriteText(f.Id);
        w.WriteOptional(f.Name, (w, n) =>
        {
            w.WriteText(n.Zh);
            w.WriteText(n.En);
        });
        w.WriteTexts(f.Kinds);
        w.WriteOptional(f.Grid, (w, g) =>
        {
            w.WriteList(g.Requires, (w, any) => w.WriteTexts(any));
            w.WriteOptional(g.Foreign, WriteLabelsSeen);
            w.WriteList(g.Signs, (w, s) => w.WriteOptional(s, (w, s) =>
            {
                WriteLabelsSeen(w, s);
                w.Write(s.Weight);
            }));
        });
        w.WriteOptional(f.Markers, (w, m) =>
        {
            w.Write(m.Base);
            w.Write(m.AtLeast);
            w.WriteList(m.Words, (w, word) => w.WriteOptional(word, (w, word) =>
            {
                w.WriteText(word.Text);
                w.Write(word.Weight);
            }));
        });
        w.WriteText(f.Reader);
        w.WriteTexts(f.Titles);
        w.WriteTexts(f.Blocks);
        w.WriteText(f.Cover);
        w.WriteTexts(f.BasisWords);
        w.WriteTexts(f.Sections);
        w.WriteOptional(f.YearFunds, (w, y) =>
        {
            w.WriteTexts(y.Opens);
            w.WriteTexts(y.Spending);
            w.WriteTexts(y.Labels);
            w.WriteText(y.Year);
        });
    }

    private static FormSpec ReadForm(BinaryReader r) => new()
    {
        Id = r.ReadText()!,
        Name = r.ReadOptional(r => new FormName { Zh = r.ReadText()!, En = r.ReadText()! })!,
        Kinds = r.ReadTexts()!,
        Grid = r.ReadOptional(r => new GridSignatureSpec
        {
            Requires = r.ReadList(r => r.ReadTexts()!)!,
            Foreign = r.ReadOptional(r => ReadLabelsSeen(r, new LabelsSeenSpec()))!,
            Signs = r.ReadList(r => r.ReadOptional(r =>
            {
                var sign = ReadLabelsSeen(r, new GridSignSpec());
                sign.Weight = r.ReadDouble();
                return sign;
            })!)!,
        }),
        Markers = r.ReadOptional(r => new MarkerSpec
        {
            Base = r.ReadDouble(),
            AtLeast = r.ReadInt32(),
            Words = r.ReadList(r => r.ReadOptional(r => new MarkerWord { Text = r.ReadText()!, Weight = r.ReadDouble() })!)!,
        }),
        Reader = r.ReadText(),
        Titles = r.ReadTexts()!,
        Blocks = r.ReadTexts()!,
        Cover = r.ReadText(),
        BasisWords = r.ReadTexts()!,
        Sections = r.ReadTexts()!,
        YearFunds = r.ReadOptional(r => new YearFundsSpec { Opens = r.ReadTexts()!, Spending = r.ReadTexts()!, Labels = r.ReadTexts()!, Year = r.ReadText()! })!,
    };

    private static void WriteLabelsSeen(BinaryWriter w, LabelsSeenSpec seen)
    {
        w.WriteTexts(seen.Cells);
        w.WriteTexts(seen.Titles);
    }

    private static T ReadLabelsSeen<T>(BinaryReader r, T seen)
        where T : LabelsSeenSpec
    {
        seen.Cells = r.ReadTexts()!;
        seen.Titles = r.ReadTexts()!;
        return seen;
    }
}
