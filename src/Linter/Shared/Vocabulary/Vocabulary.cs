using GoalLint.Model;

namespace GoalLint.Shared;

/// <summary>
/// The one vocabulary every reader and rule uses (<c>rules/vocabulary/vocabulary.yaml</c>, plus what
/// a city pack adds): which header field, indicator column, 一级/二级 category, fund line, money unit,
/// block end or table kind a label names. Labels are compared as <see cref="LabelKey"/>s.
/// Built once and never changed, so every thread reads it without locks.
/// </summary>
public sealed class Vocabulary
{
    private const string ShippedResource = "GoalLint.vocabulary.yaml";

    /// <summary>Longer text is content in a label column, not a label: it names no category.</summary>
    private const int MaxLabelChars = 100;

    /// <summary>The vocabulary of the run under way (a city's), flowing into the tasks that read its files.</summary>
    private static readonly AsyncLocal<Vocabulary?> Scoped = new();

    private static VocabularyFile? _shippedFile;

    private IReadOnlyList<string>? _labels;

    private readonly Dictionary<string, LabelRoles> _roles = new(StringComparer.Ordinal);
    private readonly List<CategoryWords<Level1Category>> _level1 = [];
    private readonly List<CategoryWords<Level2Category>> _level2 = [];
    private readonly Dictionary<Level2Category, Level1Category> _parents = [];
    private readonly List<(WordEntry Words, FundLineKind Kind)> _fundLines = [];
    private readonly List<string> _funders = [];
    private readonly HashSet<string> _fundKinds = new(StringComparer.Ordinal) { "" };
    private readonly List<string> _fundEnds = [];
    private readonly Dictionary<string, string> _moneyUnits = new(StringComparer.Ordinal);
    private readonly List<string> _blockEnds = [];
    private readonly List<string> _valueOpeners = [];
    private readonly List<(string Word, FormKind Kind)> _titleWords = [];
    private readonly List<MeasureWords> _measures = [];
    private readonly Dictionary<Level2Category, HashSet<Measure>> _misfiled = [];
    private readonly List<string> _lowerIsBetter = [];
    private readonly List<string> _lowerIsBetterNot = [];

    private Vocabulary(IEnumerable<VocabularyFile> files)
    {
        foreach (var file in files)
        {
            Add(file);
        }
    }

    /// <summary>The vocabulary in use: the shipped one unless a run set its own with <see cref="Use"/>.</summary>
    public static Vocabulary Current => Scoped.Value ?? Shipped;

    /// <summary>The shipped vocabulary, embedded in the tool so no reader depends on a path.</summary>
    public static Vocabulary Shipped { get; } = new([ShippedFile]);

    /// <summary>The shipped vocabulary with a city's additions, in order.</summary>
    public static Vocabulary With(IEnumerable<VocabularyFile> additions) => new([ShippedFile, .. additions]);

    /// <summary>Makes <paramref name="vocabulary"/> the one every reader uses until the returned scope ends (and in the tasks it starts).</summary>
    public static IDisposable Use(Vocabulary vocabulary)
    {
        var previous = Scoped.Value;
        Scoped.Value = vocabulary;
        return new Restore(previous);
    }

    private static VocabularyFile ShippedFile => _shippedFile ??= LoadShipped();

    /// <summary>Every label the vocabulary knows (header fields, indicator columns, 一级/二级), as keys, longest first: for splitting glued cells.</summary>
    public IReadOnlyList<string> Labels => _labels ??= [.. _roles.Where(r => r.Value.SplitsGluedCells).Select(r => r.Key).OrderByDescending(k => k.Length)];

    public HeaderField? HeaderFieldOf(string label)
    {
        var key = LabelKey.Of(label);
        return RolesOf(key)?.HeaderField ?? (IsFundSource(key) ? HeaderField.FundSource : null);
    }

    /// <summary>A further source of the budget (中央补助资金, 区级财政资金): a funder, a kind of money or none, and a fund word.</summary>
    private bool IsFundSource(string key) => key.Length <= MaxFundSourceChars && IsFundSourceFrom(key, 0);

    /// <summary>The label from <paramref name="start"/> on is funders, a kind and a fund word. Funders may be written
    /// together (旗县区配套资金 = 旗 + 县区, 县市区财政资金 = 县 + 市 + 区): each may be followed by another.</summary>
    private bool IsFundSourceFrom(string key, int start)
    {
        foreach (var funder in _funders)
        {
            if (!key.AsSpan(start).StartsWith(funder, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = start + funder.Length;
            foreach (var end in _fundEnds)
            {
                if (key.Length >= rest + end.Length && key.EndsWith(end, StringComparison.Ordinal)
                    && _fundKinds.Contains(key[rest..^end.Length]))
                {
                    return true;
                }
            }

            if (IsFundSourceFrom(key, rest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source's label is short (单位自筹资金, 自治区财政补助资金); longer text is content.</summary>
    private const int MaxFundSourceChars = 12;

    public GoalField? GoalOf(string label) => RolesOf(LabelKey.Of(label))?.Goal;

    public ColumnRole? ColumnOf(string label) => RolesOf(LabelKey.Of(label))?.Column;

    /// <summary>The part of a spanning header cell's column a word under it names (符号, 数值, 单位; 名称, 分值).</summary>
    public ColumnPart? ColumnPartOf(string label) => RolesOf(LabelKey.Of(label))?.ColumnPart;

    /// <summary>The column of a 年度主要任务 block a label names (任务名称, 主要内容, 预算金额 …).</summary>
    public TaskColumn? TaskColumnOf(string label) => RolesOf(LabelKey.Of(label))?.TaskColumn;

    /// <summary>The 一级 category a label names, loosely (产出指标（50分）, 产出, a carried-down label).</summary>
    public Level1Category Level1(string? label) => Classify(label, _level1, r => r.Level1);

    /// <summary>The 二级 category a label names, loosely.</summary>
    public Level2Category Level2(string? label) => Classify(label, _level2, r => r.Level2);

    /// <summary>Whether the text is a full 一级指标 label (产出指标, 效果指标, 成本指标(必填)).</summary>
    public bool IsLevel1Label(string text) => RolesOf(LabelKey.Of(text))?.Level1 is not null;

    /// <summary>Whether the text is a full 二级指标 label; 满意度指标 is 一级 only.</summary>
    public bool IsLevel2Label(string text) => RolesOf(LabelKey.Of(text))?.Level2 is not null;

    /// <summary>
    /// Whether a row's cell is its 一级 label, given the cell after it: 成本指标 is both a 一级 and a
    /// 二级 label, and is the 一级 only when a 二级 label follows it.
    /// </summary>
    public bool IsLevel1Of(string text, string? next) =>
        IsLevel1Label(text) && (!IsLevel2Label(text) || next is not null && IsLevel2Label(next));

    /// <summary>Whether the text is a full 一级 or 二级 label.</summary>
    public bool IsFrameLabel(string text) => IsLevel1Label(text) || IsLevel2Label(text);

    /// <summary>The 一级 category a 二级 one sits under (数量指标 ⇒ 产出指标), for rows that name only the second level.</summary>
    public Level1Category ParentOf(Level2Category level2) => _parents.GetValueOrDefault(level2);

    public FundLineKind FundLine(string label)
    {
        var key = LabelKey.Of(label);
        foreach (var (words, kind) in _fundLines)
        {
            if (Matches(words, key, key))
            {
                return kind;
            }
        }

        return FundLineKind.Named;
    }

    /// <summary>The money unit a word names (万 ⇒ 万元), or null.</summary>
    public string? MoneyUnit(string word) => _moneyUnits.GetValueOrDefault(LabelKey.Of(word));

    /// <summary>
    /// The money unit a label or note states: in brackets (预算金额（万元）, 项目资金 ( 万元 )) or after
    /// 单位 (单位：千元, 金额单位：万元); null when it states none.
    /// </summary>
    public string? MoneyUnitIn(string text)
    {
        var s = CellText.FoldWidth(CellText.Squeeze(text));
        var open = s.LastIndexOf('(');
        if (open >= 0 && s.IndexOf(')', open) is var close and > 0 && _moneyUnits.GetValueOrDefault(s[(open + 1)..close]) is { } unit)
        {
            return unit;
        }

        var mark = s.IndexOf("单位", StringComparison.Ordinal);
        return mark >= 0 && s[(mark + 2)..].TrimStart(':') is { Length: > 0 } rest ? _moneyUnits.GetValueOrDefault(rest) : null;
    }

    /// <summary>Words a value that compares starts with (较2024年提高≥3个百分点), as squeezed text.</summary>
    public IReadOnlyList<string> ValueOpeners => _valueOpeners;

    /// <summary>Whether a row that starts with this cell ends an indicator block (合计, 总分, 评价结论).</summary>
    public bool IsBlockEnd(string firstCell)
    {
        var key = LabelKey.Of(firstCell);
        return key.Length <= 12 && WordList.AnyStarts(key, _blockEnds);
    }

    /// <summary>The kind of form a title names (…绩效目标申报表, …批复表, …自评表), or null when the text is no title.</summary>
    public FormKind? TitleKind(string text)
    {
        var key = LabelKey.Of(text);
        foreach (var (word, kind) in _titleWords)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The measures in the order they are tried, with the words, units and kinds that show each.</summary>
    public IReadOnlyList<MeasureWords> Measures => _measures;

    /// <summary>Whether the vocabulary says an indicator of this measure does not belong under this 二级指标.</summary>
    public bool IsMisfiled(Level2Category level2, Measure measure) =>
        _misfiled.TryGetValue(level2, out var rejected) && rejected.Contains(measure);

    /// <summary>
    /// Whether an indicator with this 三级 name is better the lower it goes (森林火灾受害率, 设备故障率), and not
    /// a fall in such a rate (发生率下降), which is better the higher.
    /// </summary>
    public bool IsLowerBetter(string? name) =>
        name is not null && WordList.AnyIn(name, _lowerIsBetter) && !WordList.AnyIn(name, _lowerIsBetterNot);

    /// <summary>The kind of form with this id, or null when the vocabulary names none.</summary>
    public FormKind? FormKindOf(string id)
    {
        foreach (var (_, kind) in _titleWords)
        {
            if (kind.Id == id)
            {
                return kind;
            }
        }

        return null;
    }

    private LabelRoles? RolesOf(string key) => _roles.GetValueOrDefault(key);

    /// <summary>The roles of a label key, added when it has none yet.</summary>
    private LabelRoles RolesFor(string key)
    {
        if (!_roles.TryGetValue(key, out var roles))
        {
            _roles[key] = roles = new LabelRoles();
        }

        return roles;
    }

    private TCategory Classify<TCategory>(string? label, List<CategoryWords<TCategory>> entries, Func<LabelRoles, TCategory?> named)
        where TCategory : struct, Enum
    {
        if (label is null || label.Length > MaxLabelChars)
        {
            return default;
        }

        var squeezed = CellText.Squeeze(label);
        foreach (var entry in entries)
        {
            if (Matches(entry.Words, squeezed, null))
            {
                return entry.Category;
            }
        }

        return RolesOf(LabelKey.Of(label)) is { } roles ? named(roles) ?? default : default;
    }

    private static bool Matches(WordEntry words, string text, string? key) =>
        WordList.AnyStarts(text, words.Starts) || WordList.AnyIn(text, words.Contains) || (key is not null && words.Labels.Contains(key));

    private void Add(VocabularyFile file)
    {
        AddSpellings<HeaderField>(file.HeaderFields, "header-fields", (roles, field) => roles.HeaderField = field);
        AddSpellings<GoalField>(file.Goals, "goals", (roles, goal) => roles.Goal = goal);
        AddSpellings<ColumnRole>(file.IndicatorColumns, "indicator-columns", (roles, column) => roles.Column = column);
        AddSpellings<ColumnPart>(file.ColumnParts, "column-parts", (roles, part) => roles.ColumnPart = part);
        AddSpellings<TaskColumn>(file.TaskColumns, "task-columns", (roles, column) => roles.TaskColumn = column);
        AddCategories(file.Categories.Level1, _level1, "categories.level1", (roles, category) => roles.Level1 = category);
        AddCategories(file.Categories.Level2, _level2, "categories.level2", (roles, category) => roles.Level2 = category);
        foreach (var entry in file.Categories.Level2.Where(e => e.Parent.Length > 0))
        {
            _parents[Role<Level2Category>(entry.Id, "categories.level2")] = Role<Level1Category>(entry.Parent, "categories.level2 parent");
        }

        foreach (var entry in file.FundLines)
        {
            var kind = Role<FundLineKind>(entry.Id, "fund-lines");
            _fundLines.Add((Keyed(entry), kind));
        }

        _funders.AddRange(file.FundSources.Funders.Select(LabelKey.Of));
        _fundKinds.UnionWith(file.FundSources.Kinds.Select(LabelKey.Of));
        _fundEnds.AddRange(file.FundSources.Ends.Select(LabelKey.Of));
        foreach (var (unit, spellings) in file.MoneyUnits)
        {
            if (MoneyUnits.YuanPer(unit) is null)
            {
                throw new VocabularyException($"money-units: '{unit}' is not a unit GoalLint converts (元, 千元, 万元, 亿元).");
            }

            foreach (var spelling in spellings.Append(unit))
            {
                _moneyUnits[LabelKey.Of(spelling)] = unit;
            }
        }

        AddMeasures(file);
        _lowerIsBetter.AddRange(file.LowerIsBetter.Contains);
        _lowerIsBetterNot.AddRange(file.LowerIsBetter.Not);
        _blockEnds.AddRange(file.BlockEnds.Select(LabelKey.Of));
        _valueOpeners.AddRange(file.ValueOpeners.Select(CellText.Squeeze));
        foreach (var entry in file.TableKinds)
        {
            var kind = Role<TableKind>(entry.Kind, "table-kinds");
            var form = new FormKind(entry.Id is "" ? entry.Kind : entry.Id, entry.Name is "" ? null : entry.Name, kind);
            _titleWords.AddRange(entry.Words.Select(w => (LabelKey.Of(w), form)));
        }
    }

    private void AddSpellings<TRole>(Dictionary<string, List<string>> spellings, string section, Action<LabelRoles, TRole> set)
        where TRole : struct, Enum
    {
        foreach (var (id, words) in spellings)
        {
            var role = Role<TRole>(id, section);
            foreach (var word in words)
            {
                set(RolesFor(LabelKey.Of(word)), role);
            }
        }
    }

    /// <summary>Entries of a category list; an addition to a known id extends that entry in place, keeping the order.</summary>
    private void AddCategories<TCategory>(List<WordEntry> entries, List<CategoryWords<TCategory>> into, string section, Action<LabelRoles, TCategory> set)
        where TCategory : struct, Enum
    {
        foreach (var entry in entries)
        {
            var category = Role<TCategory>(entry.Id, section);
            var keyed = Keyed(entry);
            if (into.Find(e => e.Category.Equals(category)) is { } known)
            {
                known.Words.Labels.AddRange(keyed.Labels);
                known.Words.Starts.AddRange(keyed.Starts);
                known.Words.Contains.AddRange(keyed.Contains);
            }
            else
            {
                into.Add(new CategoryWords<TCategory>(keyed, category));
            }

            foreach (var label in keyed.Labels)
            {
                set(RolesFor(label), category);
            }
        }
    }

    /// <summary>A category's words, in the order the vocabulary tries them.</summary>
    private sealed class CategoryWords<TCategory>(WordEntry words, TCategory category)
    {
        public WordEntry Words { get; } = words;

        public TCategory Category { get; } = category;
    }

    /// <summary>Measure entries in order; an addition to a known measure extends it in place.</summary>
    private void AddMeasures(VocabularyFile file)
    {
        foreach (var entry in file.Measures)
        {
            var measure = Role<Measure>(entry.Id, "measures");
            if (_measures.Find(m => m.Measure == measure) is not { } words)
            {
                words = new MeasureWords(measure);
                _measures.Add(words);
            }

            words.Contains.AddRange(entry.Contains.Select(CellText.Squeeze));
            words.Ends.AddRange(entry.Ends.Select(CellText.Squeeze));
            words.Not.AddRange(entry.Not.Select(CellText.Squeeze));
            words.Units.UnionWith(entry.Units);
            words.Kinds.UnionWith(entry.Kinds.Select(k => Role<ValueKind>(k, "measures kinds")));
        }

        foreach (var (level2, measures) in file.MisfiledMeasures)
        {
            var category = Role<Level2Category>(level2, "misfiled-measures");
            if (!_misfiled.TryGetValue(category, out var rejected))
            {
                _misfiled[category] = rejected = [];
            }

            rejected.UnionWith(measures.Select(m => Role<Measure>(m, "misfiled-measures")));
        }
    }

    private static WordEntry Keyed(WordEntry entry) => new()
    {
        Id = entry.Id,
        Labels = entry.Labels.Select(LabelKey.Of).ToList(),
        Starts = [.. entry.Starts],
        Contains = [.. entry.Contains],
    };

    /// <summary>The table kind a kebab-case id names (project-goals, self-evaluation), as forms.yaml writes them.</summary>
    public static TableKind TableKindOf(string id) => Role<TableKind>(id, "kinds");

    /// <summary>
    /// A kebab-case id (budget-execution) as its enum member (BudgetExecution). Through the non-generic
    /// <see cref="Enum"/> methods: their generic forms are compiled by the JIT at every start, once per enum.
    /// </summary>
    private static TRole Role<TRole>(string id, string section)
        where TRole : struct, Enum =>
        id.Length > 0 && !char.IsAsciiDigit(id[0])
        && Enum.TryParse(typeof(TRole), id.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var role)
        && Enum.IsDefined(typeof(TRole), role!)
            ? (TRole)role!
            : throw new VocabularyException($"{section}: '{id}' is not one of {string.Join(", ", Enum.GetNames(typeof(TRole)).Select(Kebab))}.");

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private sealed class Restore(Vocabulary? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }

    private static VocabularyFile LoadShipped()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The shipped vocabulary ({ShippedResource}) is missing from the build.");
        using var reader = new StreamReader(stream);
        return VocabularyFile.Parse(reader.ReadToEnd(), "rules/vocabulary/vocabulary.yaml");
    }
}
