using GoalLint.Check.Findings;
using GoalLint.Check.Kinds;
using GoalLint.Check.Packs;
using GoalLint.Check.Rules;
using GoalLint.Model;
using GoalLint.Shared;
using GoalLint.Shared.Cache;

namespace GoalLint.Check.Yaml;

/// <summary>
/// Rule, pack and profile files as read, for <see cref="ParsedCache"/>, in a compact binary form
/// written by hand: source-generated JSON of these types cost a warm one-file run ≈ 1,300
/// JIT-compiled System.Text.Json generic methods (its metadata over GoalLint's enums, numbers and
/// the check kinds' polymorphism), which ReadyToRun cannot compile ahead of time. Every settable
/// property is written, in declaration order; a test round-trips each type with every property set,
/// so a property added without a line here fails it. A pack's vocabulary edit is written as the
/// shipped vocabulary is (<see cref="SharedParsedBinary"/>).
/// </summary>
internal static class ConfigBinary
{
    /// <summary>The cached form of <typeparamref name="T"/>, or null for a type the cache does not keep.</summary>
    public static ParsedCodec<T>? For<T>()
        where T : class =>
        (typeof(T) == typeof(RuleFile) ? ParsedCodec.Binary<RuleFile>(WriteRule, ReadRule)
            : typeof(T) == typeof(PackFile) ? ParsedCodec.Binary<PackFile>(WritePack, ReadPack)
            : typeof(T) == typeof(ProfileFile) ? ParsedCodec.Binary<ProfileFile>(WriteProfile, ReadProfile) as object
            : null) as ParsedCodec<T>;

    internal static void WriteRule(BinaryWriter w, RuleFile rule)
    {
        w.WriteText(rule.Id);
        w.WriteText(rule.Title);
        w.WriteText(rule.TitleZh);
        w.WriteText(rule.Category.Name);
        w.Write((int)rule.Severity);
        w.WriteText(rule.Message);
        w.WriteText(rule.Suggestion);
        w.WriteTexts(rule.Policy);
        w.WriteOptional(rule.Scope, WriteScope);
        w.WriteOptional(rule.Check, WriteCheck);
        WriteParams(w, rule.Params);
    }

    internal static RuleFile ReadRule(BinaryReader r) => new()
    {
        Id = r.ReadText()!,
        Title = r.ReadText()!,
        TitleZh = r.ReadText(),
        Category = r.ReadText() is { } category ? Category.Parse(category, null) : default,
        Severity = (Severity)r.ReadInt32(),
        Message = r.ReadText()!,
        Suggestion = r.ReadText(),
        Policy = r.ReadTexts()!,
        Scope = r.ReadOptional(ReadScope)!,
        Check = r.ReadOptional(ReadCheck),
        Params = ReadParams(r)!,
    };

    internal static void WritePack(BinaryWriter w, PackFile pack)
    {
        w.WriteText(pack.Id);
        w.WriteText(pack.Description);
        w.WriteOptional(pack.Vocabulary, (w, edit) => w.WriteOptional(edit.Add, SharedParsedBinary.WriteVocabulary));
    }

    internal static PackFile ReadPack(BinaryReader r) => new()
    {
        Id = r.ReadText()!,
        Description = r.ReadText()!,
        Vocabulary = r.ReadOptional(r => new VocabularyEdit { Add = r.ReadOptional(SharedParsedBinary.ReadVocabulary)! }),
    };

    internal static void WriteProfile(BinaryWriter w, ProfileFile profile)
    {
        w.WriteText(profile.Extends);
        w.WriteText(profile.Description);
        w.WriteTexts(profile.Packs);
        w.WriteMap(profile.Rules, (w, o) => w.WriteOptional(o, WriteOverride));
        w.WriteOptional(profile.Templates, (w, t) =>
        {
            w.WriteText(t.Markdown);
            w.WriteText(t.Html);
        });
        w.WriteNullable(profile.ReportsPublished);
        w.WriteNullable((int?)profile.FailOn);
        w.WriteNullable(profile.MaxWarnings);
        w.WriteText(profile.Baseline);
        w.WriteTexts(profile.Exclude);
    }

    internal static ProfileFile ReadProfile(BinaryReader r) => new()
    {
        Extends = r.ReadText(),
        Description = r.ReadText()!,
        Packs = r.ReadTexts()!,
        Rules = r.ReadMap(r => r.ReadOptional(ReadOverride)!)!,
        Templates = r.ReadOptional(r => new ReportTemplates { Markdown = r.ReadText(), Html = r.ReadText() }),
        ReportsPublished = r.ReadNullableBool(),
        FailOn = (FailOn?)r.ReadNullableInt(),
        MaxWarnings = r.ReadNullableInt(),
        Baseline = r.ReadText(),
        Exclude = r.ReadTexts()!,
    };

    private static void WriteOverride(BinaryWriter w, RuleOverride o)
    {
        w.WriteNullable((int?)o.Severity);
        w.WriteNullable(o.Enabled);
        WriteParams(w, o.Params);
    }

    private static RuleOverride ReadOverride(BinaryReader r) => new()
    {
        Severity = (Severity?)r.ReadNullableInt(),
        Enabled = r.ReadNullableBool(),
        Params = ReadParams(r)!,
    };

    private static void WriteScope(BinaryWriter w, TableScope s)
    {
        w.WriteList(s.Kinds, (w, v) => w.Write((int)v));
        w.WriteTexts(s.Layouts);
        w.WriteList(s.Level1, (w, v) => w.Write((int)v));
        w.WriteList(s.Level2, (w, v) => w.Write((int)v));
        w.WriteTexts(s.Names);
        w.WriteTexts(s.NotNames);
        w.WriteList(s.Measures, (w, v) => w.Write((int)v));
        w.Write(s.LowerIsBetter);
        w.Write((int)s.Cycle);
        w.Write(s.NotApplicable);
    }

    private static TableScope ReadScope(BinaryReader r) => new()
    {
        Kinds = r.ReadList(r => (TableKind)r.ReadInt32())!,
        Layouts = r.ReadTexts()!,
        Level1 = r.ReadList(r => (Level1Category)r.ReadInt32())!,
        Level2 = r.ReadList(r => (Level2Category)r.ReadInt32())!,
        Names = r.ReadTexts()!,
        NotNames = r.ReadTexts()!,
        Measures = r.ReadList(r => (Measure)r.ReadInt32())!,
        LowerIsBetter = r.ReadBoolean(),
        Cycle = (CycleSpan)r.ReadInt32(),
        NotApplicable = r.ReadBoolean(),
    };

    /// <summary>A check: its kind's name (<see cref="CheckKinds.ByName"/>), its <see cref="CheckSpec.Kind"/>, then the kind's own options.</summary>
    private static void WriteCheck(BinaryWriter w, CheckSpec check)
    {
        w.Write(CheckKinds.ByName.Single(k => k.Value == check.GetType()).Key);
        w.WriteText(check.Kind);
        switch (check)
        {
            case TextCheck text:
                WriteField(w, text.Field);
                w.Write((int)text.Match);
                break;
            case ValueCheck value:
                WriteField(w, value.Field);
                w.WriteOptional(value.When, WriteConditions);
                break;
            case MeasureCheck:
                break;
            case RequiredCheck required:
                w.WriteList(required.Slots, (w, slot) => w.WriteOptional(slot, WriteSlot));
                w.WriteList(required.Fields, WriteField);
                break;
            case CompareCheck compare:
                WriteField(w, compare.Left);
                WriteField(w, compare.Right);
                w.Write((int)compare.Relation);
                w.WriteOptional(compare.When, WriteConditions);
                w.Write(compare.Tolerance);
                w.Write(compare.MinLength);
                break;
            case IngestCheck ingest:
                w.WriteTexts(ingest.Codes);
                w.WriteTexts(ingest.ExceptCodes);
                w.Write(ingest.OncePerFile);
                break;
            case ScriptCheck script:
                w.WriteText(script.File);
                w.Write((int)script.Scope);
                break;
            case PluginCheck plugin:
                w.WriteText(plugin.Analyzer);
                w.WriteText(plugin.Assembly);
                break;
            default:
                throw new InvalidDataException($"the check kind {check.GetType().Name} has no binary form");
        }
    }

    private static CheckSpec ReadCheck(BinaryReader r)
    {
        var name = r.ReadString();
        var kind = r.ReadText()!;
        return name switch
        {
            "text" => new TextCheck { Kind = kind, Field = ReadField(r), Match = (TextMatch)r.ReadInt32() },
            "value" => new ValueCheck { Kind = kind, Field = ReadField(r), When = r.ReadOptional(ReadConditions)! },
            "measure" => new MeasureCheck { Kind = kind },
            "required" => new RequiredCheck { Kind = kind, Slots = r.ReadList(r => r.ReadOptional(ReadSlot)!)!, Fields = r.ReadList(r => ReadField(r)!)! },
            "compare" => new CompareCheck
            {
                Kind = kind,
                Left = ReadField(r),
                Right = ReadField(r),
                Relation = (Relation)r.ReadInt32(),
                When = r.ReadOptional(ReadConditions),
                Tolerance = r.ReadDecimal(),
                MinLength = r.ReadInt32(),
            },
            "ingest" => new IngestCheck { Kind = kind, Codes = r.ReadTexts()!, ExceptCodes = r.ReadTexts()!, OncePerFile = r.ReadBoolean() },
            "script" => new ScriptCheck { Kind = kind, File = r.ReadText(), Scope = (ScriptScope)r.ReadInt32() },
            "plugin" => new PluginCheck { Kind = kind, Analyzer = r.ReadText()!, Assembly = r.ReadText() },
            _ => throw new InvalidDataException($"no check kind '{name}'"),
        };
    }

    private static void WriteSlot(BinaryWriter w, RequiredSlot slot)
    {
        w.WriteNullable((int?)slot.Level1);
        w.WriteNullable((int?)slot.Level2);
        w.WriteText(slot.Label);
    }

    private static RequiredSlot ReadSlot(BinaryReader r) => new()
    {
        Level1 = (Level1Category?)r.ReadNullableInt(),
        Level2 = (Level2Category?)r.ReadNullableInt(),
        Label = r.ReadText()!,
    };

    private static void WriteConditions(BinaryWriter w, ValueConditions c)
    {
        w.WriteList(c.Kinds, (w, v) => w.Write((int)v));
        w.WriteList(c.Comparisons, (w, v) => w.Write((int)v));
        w.WriteTexts(c.Units);
        w.WriteTexts(c.NotUnits);
        w.WriteList(c.NotPeriods, (w, v) => w.Write((int)v));
        w.WriteNullable(c.UnitMissing);
        w.WriteNullable(c.AtLeast);
        w.WriteNullable(c.AtMost);
        w.WriteNullable(c.Above);
        w.WriteNullable(c.Below);
    }

    private static ValueConditions ReadConditions(BinaryReader r) => new()
    {
        Kinds = r.ReadList(r => (ValueKind)r.ReadInt32())!,
        Comparisons = r.ReadList(r => (Comparison)r.ReadInt32())!,
        Units = r.ReadTexts()!,
        NotUnits = r.ReadTexts()!,
        NotPeriods = r.ReadList(r => (PeriodQualifier)r.ReadInt32())!,
        UnitMissing = r.ReadNullableBool(),
        AtLeast = r.ReadNullableDecimal(),
        AtMost = r.ReadNullableDecimal(),
        Above = r.ReadNullableDecimal(),
        Below = r.ReadNullableDecimal(),
    };

    private static void WriteField(BinaryWriter w, Field? field) => w.WriteText(field?.ToString());

    private static Field? ReadField(BinaryReader r) => r.ReadText() is { } name ? Field.Parse(name, null) : null;

    /// <summary>A rule's <c>params</c>: untyped YAML values as YamlDotNet gives them (a scalar is a string, a sequence a list, a mapping a map with string keys, <c>~</c> null).</summary>
    private static void WriteParams(BinaryWriter w, Dictionary<string, object>? values) => w.WriteMap(values, WriteYamlValue);

    private static Dictionary<string, object>? ReadParams(BinaryReader r) => r.ReadMap(ReadYamlValue);

    private enum YamlValue : byte
    {
        Null,
        Scalar,
        Sequence,
        Mapping,
    }

    private static void WriteYamlValue(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.Write((byte)YamlValue.Null);
                break;
            case string text:
                w.Write((byte)YamlValue.Scalar);
                w.Write(text);
                break;
            case IDictionary<object, object> map:
                w.Write((byte)YamlValue.Mapping);
                w.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key as string ?? throw new InvalidDataException($"a YAML map key is a string, not {key.GetType().Name}"));
                    WriteYamlValue(w, item);
                }

                break;
            case IEnumerable<object> items:
                var list = items.ToList();
                w.Write((byte)YamlValue.Sequence);
                w.Write(list.Count);
                foreach (var item in list)
                {
                    WriteYamlValue(w, item);
                }

                break;
            default:
                throw new InvalidDataException($"a YAML value is a string, a list or a map, not {value.GetType().Name}");
        }
    }

    private static object ReadYamlValue(BinaryReader r)
    {
        switch ((YamlValue)r.ReadByte())
        {
            case YamlValue.Null:
                return null!;
            case YamlValue.Scalar:
                return r.ReadString();
            case YamlValue.Sequence:
                var list = new List<object>();
                for (var i = r.ReadInt32(); i > 0; i--)
                {
                    list.Add(ReadYamlValue(r));
                }

                return list;
            case YamlValue.Mapping:
                var map = new Dictionary<object, object>();
                for (var i = r.ReadInt32(); i > 0; i--)
                {
                    var key = r.ReadString();
                    map[key] = ReadYamlValue(r);
                }

                return map;
            default:
                throw new InvalidDataException("not a YAML value");
        }
    }
}
