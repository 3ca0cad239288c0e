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
/// so a property added without a line here fails it. A pack's vocabulary edit, rare, goes as the
/// vocabulary's own source-generated JSON.
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
        WriteText(w, rule.Id);
        WriteText(w, rule.Title);
        WriteText(w, rule.TitleZh);
        WriteText(w, rule.Category.Name);
        w.Write((int)rule.Severity);
        WriteText(w, rule.Message);
        WriteText(w, rule.Suggestion);
        WriteList(w, rule.Policy, WriteText);
        WriteOptional(w, rule.Scope, WriteScope);
        WriteOptional(w, rule.Check, WriteCheck);
        WriteParams(w, rule.Params);
    }

    internal static RuleFile ReadRule(BinaryReader r) => new()
    {
        Id = ReadText(r)!,
        Title = ReadText(r)!,
        TitleZh = ReadText(r),
        Category = ReadText(r) is { } category ? Category.Parse(category, null) : default,
        Severity = (Severity)r.ReadInt32(),
        Message = ReadText(r)!,
        Suggestion = ReadText(r),
        Policy = ReadList(r, ReadText)!,
        Scope = ReadOptional(r, ReadScope)!,
        Check = ReadOptional(r, ReadCheck),
        Params = ReadParams(r)!,
    };

    private static ParsedCodec<VocabularyFile> VocabularyJson => ParsedCodec.Json(SharedParsedJson.Default.VocabularyFile);

    internal static void WritePack(BinaryWriter w, PackFile pack)
    {
        WriteText(w, pack.Id);
        WriteText(w, pack.Description);
        WriteOptional(w, pack.Vocabulary, (w, edit) => WriteOptional(w, edit.Add, (w, add) => WriteBytes(w, VocabularyJson.Encode(add))));
    }

    internal static PackFile ReadPack(BinaryReader r) => new()
    {
        Id = ReadText(r)!,
        Description = ReadText(r)!,
        Vocabulary = ReadOptional(r, r => new VocabularyEdit { Add = ReadOptional(r, r => VocabularyJson.Decode(ReadBytes(r))!)! }),
    };

    internal static void WriteProfile(BinaryWriter w, ProfileFile profile)
    {
        WriteText(w, profile.Extends);
        WriteText(w, profile.Description);
        WriteList(w, profile.Packs, WriteText);
        WriteOptional(w, profile.Rules, (w, rules) => WriteMap(w, rules, (w, o) => WriteOptional(w, o, WriteOverride)));
        WriteOptional(w, profile.Templates, (w, t) =>
        {
            WriteText(w, t.Markdown);
            WriteText(w, t.Html);
        });
        WriteNullable(w, profile.ReportsPublished);
        WriteNullable(w, (int?)profile.FailOn);
        WriteNullable(w, profile.MaxWarnings);
        WriteText(w, profile.Baseline);
        WriteList(w, profile.Exclude, WriteText);
    }

    internal static ProfileFile ReadProfile(BinaryReader r) => new()
    {
        Extends = ReadText(r),
        Description = ReadText(r)!,
        Packs = ReadList(r, ReadText)!,
        Rules = ReadOptional(r, r => ReadMap(r, r => ReadOptional(r, ReadOverride)!))!,
        Templates = ReadOptional(r, r => new ReportTemplates { Markdown = ReadText(r), Html = ReadText(r) }),
        ReportsPublished = ReadNullableBool(r),
        FailOn = (FailOn?)ReadNullableInt(r),
        MaxWarnings = ReadNullableInt(r),
        Baseline = ReadText(r),
        Exclude = ReadList(r, ReadText)!,
    };

    private static void WriteOverride(BinaryWriter w, RuleOverride o)
    {
        WriteNullable(w, (int?)o.Severity);
        WriteNullable(w, o.Enabled);
        WriteParams(w, o.Params);
    }

    private static RuleOverride ReadOverride(BinaryReader r) => new()
    {
        Severity = (Severity?)ReadNullableInt(r),
        Enabled = ReadNullableBool(r),
        Params = ReadParams(r)!,
    };

    private static void WriteScope(BinaryWriter w, TableScope s)
    {
        WriteList(w, s.Kinds, (w, v) => w.Write((int)v));
        WriteList(w, s.Layouts, WriteText);
        WriteList(w, s.Level1, (w, v) => w.Write((int)v));
        WriteList(w, s.Level2, (w, v) => w.Write((int)v));
        WriteList(w, s.Names, WriteText);
        WriteList(w, s.NotNames, WriteText);
        WriteList(w, s.Measures, (w, v) => w.Write((int)v));
        w.Write(s.LowerIsBetter);
        w.Write((int)s.Cycle);
        w.Write(s.NotApplicable);
    }

    private static TableScope ReadScope(BinaryReader r) => new()
    {
        Kinds = ReadList(r, r => (TableKind)r.ReadInt32())!,
        Layouts = ReadList(r, ReadText)!,
        Level1 = ReadList(r, r => (Level1Category)r.ReadInt32())!,
        Level2 = ReadList(r, r => (Level2Category)r.ReadInt32())!,
        Names = ReadList(r, ReadText)!,
        NotNames = ReadList(r, ReadText)!,
        Measures = ReadList(r, r => (Measure)r.ReadInt32())!,
        LowerIsBetter = r.ReadBoolean(),
        Cycle = (CycleSpan)r.ReadInt32(),
        NotApplicable = r.ReadBoolean(),
    };

    /// <summary>A check: its kind's name (<see cref="CheckKinds.ByName"/>), its <see cref="CheckSpec.Kind"/>, then the kind's own options.</summary>
    private static void WriteCheck(BinaryWriter w, CheckSpec check)
    {
        w.Write(CheckKinds.ByName.Single(k => k.Value == check.GetType()).Key);
        WriteText(w, check.Kind);
        switch (check)
        {
            case TextCheck text:
                WriteField(w, text.Field);
                w.Write((int)text.Match);
                break;
            case ValueCheck value:
                WriteField(w, value.Field);
                WriteOptional(w, value.When, WriteConditions);
                break;
            case MeasureCheck:
                break;
            case RequiredCheck required:
                WriteList(w, required.Slots, (w, slot) => WriteOptional(w, slot, WriteSlot));
                WriteList(w, required.Fields, WriteField);
                break;
            case CompareCheck compare:
                WriteField(w, compare.Left);
                WriteField(w, compare.Right);
                w.Write((int)compare.Relation);
                WriteOptional(w, compare.When, WriteConditions);
                w.Write(compare.Tolerance);
                w.Write(compare.MinLength);
                break;
            case IngestCheck ingest:
                WriteList(w, ingest.Codes, WriteText);
                WriteList(w, ingest.ExceptCodes, WriteText);
                w.Write(ingest.OncePerFile);
                break;
            case ScriptCheck script:
                WriteText(w, script.File);
                w.Write((int)script.Scope);
                break;
            case PluginCheck plugin:
                WriteText(w, plugin.Analyzer);
                WriteText(w, plugin.Assembly);
                break;
            default:
                throw new InvalidDataException($"the check kind {check.GetType().Name} has no binary form");
        }
    }

    private static CheckSpec ReadCheck(BinaryReader r)
    {
        var name = r.ReadString();
        var kind = ReadText(r)!;
        return name switch
        {
            "text" => new TextCheck { Kind = kind, Field = ReadField(r), Match = (TextMatch)r.ReadInt32() },
            "value" => new ValueCheck { Kind = kind, Field = ReadField(r), When = ReadOptional(r, ReadConditions)! },
            "measure" => new MeasureCheck { Kind = kind },
            "required" => new RequiredCheck { Kind = kind, Slots = ReadList(r, r => ReadOptional(r, ReadSlot)!)!, Fields = ReadList(r, r => ReadField(r)!)! },
            "compare" => new CompareCheck
            {
                Kind = kind,
                Left = ReadField(r),
                Right = ReadField(r),
                Relation = (Relation)r.ReadInt32(),
                When = ReadOptional(r, ReadConditions),
                Tolerance = r.ReadDecimal(),
                MinLength = r.ReadInt32(),
            },
            "ingest" => new IngestCheck { Kind = kind, Codes = ReadList(r, ReadText)!, ExceptCodes = ReadList(r, ReadText)!, OncePerFile = r.ReadBoolean() },
            "script" => new ScriptCheck { Kind = kind, File = ReadText(r), Scope = (ScriptScope)r.ReadInt32() },
            "plugin" => new PluginCheck { Kind = kind, Analyzer = ReadText(r)!, Assembly = ReadText(r) },
            _ => throw new InvalidDataException($"no check kind '{name}'"),
        };
    }

    private static void WriteSlot(BinaryWriter w, RequiredSlot slot)
    {
        WriteNullable(w, (int?)slot.Level1);
        WriteNullable(w, (int?)slot.Level2);
        WriteText(w, slot.Label);
    }

    private static RequiredSlot ReadSlot(BinaryReader r) => new()
    {
        Level1 = (Level1Category?)ReadNullableInt(r),
        Level2 = (Level2Category?)ReadNullableInt(r),
        Label = ReadText(r)!,
    };

    private static void WriteConditions(BinaryWriter w, ValueConditions c)
    {
        WriteList(w, c.Kinds, (w, v) => w.Write((int)v));
        WriteList(w, c.Comparisons, (w, v) => w.Write((int)v));
        WriteList(w, c.Units, WriteText);
        WriteList(w, c.NotUnits, WriteText);
        WriteList(w, c.NotPeriods, (w, v) => w.Write((int)v));
        WriteNullable(w, c.UnitMissing);
        WriteNullable(w, c.AtLeast);
        WriteNullable(w, c.AtMost);
        WriteNullable(w, c.Above);
        WriteNullable(w, c.Below);
    }

    private static ValueConditions ReadConditions(BinaryReader r) => new()
    {
        Kinds = ReadList(r, r => (ValueKind)r.ReadInt32())!,
        Comparisons = ReadList(r, r => (Comparison)r.ReadInt32())!,
        Units = ReadList(r, ReadText)!,
        NotUnits = ReadList(r, ReadText)!,
        NotPeriods = ReadList(r, r => (PeriodQualifier)r.ReadInt32())!,
        UnitMissing = ReadNullableBool(r),
        AtLeast = ReadNullableDecimal(r),
        AtMost = ReadNullableDecimal(r),
        Above = ReadNullableDecimal(r),
        Below = ReadNullableDecimal(r),
    };

    private static void WriteField(BinaryWriter w, Field? field) => WriteText(w, field?.ToString());

    private static Field? ReadField(BinaryReader r) => ReadText(r) is { } name ? Field.Parse(name, null) : null;

    /// <summary>A rule's <c>params</c>: untyped YAML values as YamlDotNet gives them (a scalar is a string, a sequence a list, a mapping a map with string keys, <c>~</c> null).</summary>
    private static void WriteParams(BinaryWriter w, Dictionary<string, object>? values) => WriteOptional(w, values, (w, map) => WriteMap(w, map, WriteYamlValue));

    private static Dictionary<string, object>? ReadParams(BinaryReader r) => ReadOptional(r, r => ReadMap(r, ReadYamlValue));

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

    private static void WriteText(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? ReadText(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteBytes(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static ArraySegment<byte> ReadBytes(BinaryReader r) => r.ReadBytes(r.ReadInt32());

    private static void WriteNullable(BinaryWriter w, bool? value) => WriteNullable(w, value is { } b ? (b ? 1 : 0) : null);

    private static bool? ReadNullableBool(BinaryReader r) => ReadNullableInt(r) is { } i ? i != 0 : null;

    private static void WriteNullable(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    private static int? ReadNullableInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static void WriteNullable(BinaryWriter w, decimal? value)
    {
        w.Write(value.HasValue);
        if (value is { } v)
        {
            w.Write(v);
        }
    }

    private static decimal? ReadNullableDecimal(BinaryReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write)
        where T : class
    {
        w.Write(value is not null);
        if (value is not null)
        {
            write(w, value);
        }
    }

    private static T? ReadOptional<T>(BinaryReader r, Func<BinaryReader, T> read)
        where T : class =>
        r.ReadBoolean() ? read(r) : null;

    /// <summary>A list as its count (−1 for none) and its items.</summary>
    private static void WriteList<T>(BinaryWriter w, List<T>? list, Action<BinaryWriter, T> write)
    {
        w.Write(list?.Count ?? -1);
        foreach (var item in list ?? [])
        {
            write(w, item);
        }
    }

    private static List<T>? ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0)
        {
            return null;
        }

        var list = new List<T>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(read(r));
        }

        return list;
    }

    private static void WriteMap<T>(BinaryWriter w, Dictionary<string, T> map, Action<BinaryWriter, T> write)
    {
        w.Write(map.Count);
        foreach (var (key, value) in map)
        {
            w.Write(key);
            write(w, value);
        }
    }

    private static Dictionary<string, T> ReadMap<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var map = new Dictionary<string, T>();
        for (var i = r.ReadInt32(); i > 0; i--)
        {
            var key = r.ReadString();
            map[key] = read(r);
        }

        return map;
    }
}
