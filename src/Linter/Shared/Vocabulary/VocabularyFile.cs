using GoalLint.Shared.Cache;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GoalLint.Shared;

/// <summary>
/// <c>rules/vocabulary/vocabulary.yaml</c> as written, or a city pack's <c>vocabulary: { add: … }</c>:
/// role ids (kebab-case) with the spellings that name them.
/// </summary>
public sealed class VocabularyFile
{
    public Dictionary<string, List<string>> HeaderFields { get; set; } = [];

    public Dictionary<string, List<string>> Goals { get; set; } = [];

    public Dictionary<string, List<string>> IndicatorColumns { get; set; } = [];

    /// <summary>Words under a header cell spanning columns, by the part of the column they name: same, comparator, unit, weight.</summary>
    public Dictionary<string, List<string>> ColumnParts { get; set; } = [];

    /// <summary>Columns of a 部门整体 table's 年度主要任务 block: task-name, content, budget, fiscal-funds, other-funds, total (the 金额合计 line).</summary>
    public Dictionary<string, List<string>> TaskColumns { get; set; } = [];

    public CategoriesFile Categories { get; set; } = new();

    public List<WordEntry> FundLines { get; set; } = [];

    /// <summary>The shape of a further source's label in a header (中央补助资金, 区级财政资金): who funds, then what.</summary>
    public FundSourceWords FundSources { get; set; } = new();

    public Dictionary<string, List<string>> MoneyUnits { get; set; } = [];

    public List<string> BlockEnds { get; set; } = [];

    /// <summary>Words a value that compares starts with (较, 同比): text glued after them belongs to the value.</summary>
    public List<string> ValueOpeners { get; set; } = [];

    public List<KindWords> TableKinds { get; set; } = [];

    public List<MeasureEntry> Measures { get; set; } = [];

    /// <summary>二级 category id → the measure ids that do not belong under it.</summary>
    public Dictionary<string, List<string>> MisfiledMeasures { get; set; } = [];

    /// <summary>Rates that should go down (故障率, 受害率): name words, and words that make the name a fall (下降).</summary>
    public NameWords LowerIsBetter { get; set; } = new();

    /// <summary>Reads a vocabulary; unknown keys are errors that name their line.</summary>
    public static VocabularyFile Parse(string yaml, string path) =>
        ParsedCache.Read(yaml, SharedParsedBinary.Vocabulary, () => ParseYaml(yaml, path));

    private static VocabularyFile ParseYaml(string yaml, string path)
    {
        try
        {
            return Deserializer.Deserialize<VocabularyFile?>(yaml) ?? new VocabularyFile();
        }
        catch (YamlException ex)
        {
            throw new VocabularyException($"{path}({ex.Start.Line},{ex.Start.Column}): {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    /// <summary>Built on the first parse, not with the class: a warm run takes the vocabulary from the cache and never loads YamlDotNet (two threads may each build one).</summary>
    private static IDeserializer? _deserializer;

    private static IDeserializer Deserializer => _deserializer ??= new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();
}

/// <summary>The 一级 and 二级 category lists.</summary>
public sealed class CategoriesFile
{
    public List<WordEntry> Level1 { get; set; } = [];

    public List<WordEntry> Level2 { get; set; } = [];
}

/// <summary>An id with its full spellings (<c>labels</c>) and the looser forms that also name it.</summary>
public sealed class WordEntry
{
    public string Id { get; set; } = "";

    /// <summary>For a 二级 category: the 一级 it sits under.</summary>
    public string Parent { get; set; } = "";

    public List<string> Labels { get; set; } = [];

    public List<string> Starts { get; set; } = [];

    public List<string> Contains { get; set; } = [];
}

/// <summary>
/// A label names a source of the budget when it is a funder (中央, 自治区, 区级 …), a kind of money (补助, 配套,
/// 财政 …) or none, and a fund word (资金, 补助 …), exactly: 中央补助资金, 地区配套资金, 区级财政资金, 社会投入.
/// </summary>
public sealed class FundSourceWords
{
    public List<string> Funders { get; set; } = [];

    public List<string> Kinds { get; set; } = [];

    public List<string> Ends { get; set; } = [];
}

/// <summary>A measure and what shows it: words in the indicator name, or the unit or kind of its target.</summary>
public sealed class MeasureEntry
{
    public string Id { get; set; } = "";

    /// <summary>Words anywhere in the name.</summary>
    public List<string> Contains { get; set; } = [];

    /// <summary>Words the name ends with (its head).</summary>
    public List<string> Ends { get; set; } = [];

    /// <summary>Words that clear the name words (成本节约率 is a saving, not a cost).</summary>
    public List<string> Not { get; set; } = [];

    /// <summary>Units of the target (the part before a /).</summary>
    public List<string> Units { get; set; } = [];

    /// <summary>Parsed kinds of the target: deadline, qualitative.</summary>
    public List<string> Kinds { get; set; } = [];
}

/// <summary>Words anywhere in an indicator name that show a property, and words that clear them.</summary>
public sealed class NameWords
{
    public List<string> Contains { get; set; } = [];

    public List<string> Not { get; set; } = [];
}

/// <summary>
/// A kind of form (绩效目标申报表, 批复表, 转移支付 goals, 部门整体 self-evaluation …) and the title words
/// that name it: its own id and Chinese name, and the table kind GoalLint reads it as.
/// </summary>
public sealed class KindWords
{
    /// <summary>kebab-case; the table kind when left out.</summary>
    public string Id { get; set; } = "";

    /// <summary>What reviewers call it (绩效目标批复表); the table kind's name when left out.</summary>
    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public List<string> Words { get; set; } = [];
}

/// <summary>A vocabulary that cannot be read or names a role GoalLint does not know.</summary>
public sealed class VocabularyException(string message) : Exception(message);
