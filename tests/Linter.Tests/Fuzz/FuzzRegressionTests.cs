namespace GoalLint.Tests.Fuzz;

/// <summary>
/// The minimised inputs of the failures the fuzzer found (docs/robustness.md), each with what was
/// wrong: every one keeps every property now. They run alone: a read's memory is measured as the
/// bytes its thread allocated, and tests running beside it (packs extending the vocabulary, caches
/// filling) added 20–40 MB to the copied-row inputs in some full-suite runs. A case's file is its
/// number in <see cref="FuzzHarness.Seeds"/> (corpus, then the text shapes in name order): a shape
/// fixture added before a case's file moves it, and the case is renumbered to stay on its file.
/// </summary>
[Collection(nameof(MeasuredAlone))]
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, FuzzCase> Found => new()
    {
        {
            "GuangdongPdfText TokenSplit was cubic in the pieces of a line: 48 KB allocated 352 MB",
            new FuzzCase(1, [new(MutationKind.InsertNuls, 1154014086, 551345712), new(MutationKind.HostileChars, 1229924283, 1895116643), new(MutationKind.DeepNesting, 1837189765, 1363632059)], FuzzEncoding.Utf16LeBom)
        },
        {
            "GuangdongPdfText regexes timed out on a 20,000-character line under load and failed the whole file",
            new FuzzCase(0, [new(MutationKind.MixedLineEndings, 1644439500, 1291206802), new(MutationKind.InsertNuls, 333775608, 1560331243), new(MutationKind.HugeCell, 641783321, 1422171194)], FuzzEncoding.Utf16Be)
        },
        {
            "#8655: the Markdown pipe-table reader (Markdig then) let Markdig's depth-limit ArgumentException out of the reader",
            new FuzzCase(3, [new(MutationKind.DeepNesting, 156452070, 1986660741), new(MutationKind.DeepNesting, 2086398527, 1217126316), new(MutationKind.MixedLineEndings, 1661494563, 646022920)], FuzzEncoding.Utf16BeBom)
        },
        {
            "CI seed 1 #19: the vocabulary built three closures per word list for every line it classified (89 KB of 指标 lines, 79 MB allocated)",
            new FuzzCase(1, [new(MutationKind.ManyFindings, 1899176986, 878237290), new(MutationKind.DeepNesting, 2041204073, 1437807448), new(MutationKind.ManyFindings, 499372435, 330772315)], FuzzEncoding.Utf16BeBom)
        },
        {
            "#170: a row of thousands of pipes was padded through the whole Markdown table (1 MB read, 136 MB allocated)",
            new FuzzCase(3, [new(MutationKind.ShuffleRows, 187257220, 1205018231), new(MutationKind.HugeCell, 266272844, 553989363)], FuzzEncoding.Utf8)
        },
        {
            "long run seed 9 #5518: Markdig's pipe-table pass was quadratic in pipes inside unclosed inline markup (2.1 MB read, 4.9 GB allocated)",
            new FuzzCase(3, [new(MutationKind.HugeCell, 674101753, 1784416923)], FuzzEncoding.Utf16Be)
        },
        {
            "#5481: 河北 paragraphs were re-joined on every wrapped line, quadratic in the lines (479 KB read, 164 MB allocated)",
            new FuzzCase(0, [new(MutationKind.DeepNesting, 1387088738, 1116330608)], FuzzEncoding.Utf16Le)
        },
        {
            "long run seed 10 #4173: a 20,000-character 一级指标 carried down was copied into every shifted-row message and squeezed per row (1.3 MB read, 386 MB allocated)",
            new FuzzCase(2, [new(MutationKind.DeepNesting, 1976606538, 1618294098), new(MutationKind.HugeCell, 2100790139, 203957254), new(MutationKind.MixedLineEndings, 1737736363, 871496344)], FuzzEncoding.Gb18030)
        },
        {
            "#7557: the same carried-down label in the 深圳 reader (2.6 MB read, 775 MB allocated)",
            new FuzzCase(4, [new(MutationKind.DeepNesting, 930441129, 1396269666), new(MutationKind.HugeCell, 40525087, 87769361)], FuzzEncoding.Utf16Be)
        },
        {
            "long run seed 9 #8716, after the fixes above: 深圳 reading 10,000 nested-list rows allocated 99.5 MB (cap 95 MB) in per-row label squeezing and row fitting",
            new FuzzCase(4, [new(MutationKind.DeepNesting, 939698409, 647329943), new(MutationKind.DeepNesting, 2090270687, 1488034759)], FuzzEncoding.Utf8, WholeRun: true)
        },
        {
            "long run seed 10 #9069, the same kind as #8716: 深圳 with two nested lists, 472 KB read with 102 MB allocated (cap 94 MB)",
            new FuzzCase(4, [new(MutationKind.DeepNesting, 1132529171, 1555380765), new(MutationKind.DeepNesting, 1111921495, 1478754873)], FuzzEncoding.Gb18030)
        },
        {
            "issue 12 long run seed 1: the fuzzer itself copied a line a huge cell made 1 MB long 5,000 times, past .NET's string limit, and the whole stream of 10,000 was lost",
            new FuzzCase(3, [new(MutationKind.HugeCell, 0, 0), new(MutationKind.ManyFindings, 0, 0)], FuzzEncoding.Utf8)
        },
        {
            "issue 12 long run seed 1 #948: an indicator's 分值 or 得分 past decimal was left in the model (NumberRange checked the funds block's only) and selfeval-score-arithmetic's sum overflowed",
            new FuzzCase(4, [new(MutationKind.HostileNumber, 127792679, 1678572560)], FuzzEncoding.Utf16BeBom)
        },
        {
            "issue 12 long run seed 2 #5067: the 深圳 self-evaluation read 774 KB of thousands of copied rows with 154 MB allocated (cap 117 MB)",
            new FuzzCase(4, [new(MutationKind.ManyFindings, 1500127177, 95329210), new(MutationKind.ManyFindings, 2012253894, 1388510862), new(MutationKind.DuplicateRows, 154569918, 306558766)], FuzzEncoding.Utf16Le)
        },
        {
            "issue 12 long run seed 3 #985: the same kind, 深圳, 10,000 copies of a shifted indicator row (522 KB) allocated 139 MB (cap 100 MB): four realignment messages built per row, and a rendered diagnostic per row past the 1,000 listed",
            new FuzzCase(4, [new(MutationKind.ManyFindings, 810726757, 1604617751), new(MutationKind.ManyFindings, 1918278528, 1534691862)], FuzzEncoding.Utf8)
        },
        {
            "issue 12 long run seed 4 #2893: the 广东 goals grid, 941 KB of copied rows read with 132 MB allocated (cap 127 MB)",
            new FuzzCase(2, [new(MutationKind.ManyFindings, 1040384861, 1783936136), new(MutationKind.ManyFindings, 1899968591, 441025201)], FuzzEncoding.Utf8Bom)
        },
        {
            "issue 12 long run seed 1 #2361: the 广东 self-evaluation file (980 KB: a row copied 5,000 times and a row of 5,000 extra cells) allocated 137 MB (cap 130 MB), most of it the generic reader's match splitting every line of the file to look at its first 2,000",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 162925454, 812640706), new(MutationKind.WideRow, 1600925821, 1329522125)], FuzzEncoding.Utf16Le)
        },
        {
            "issue 12 long run seed 1 #8324 (session 4): the sectioned-tables reader's by-year funds block indexed a data row at the year column of a later part header, past the row's end (ArgumentOutOfRangeException)",
            new FuzzCase(3, [new(MutationKind.MixedLineEndings, 963264962, 650712750)], FuzzEncoding.Utf8, WholeRun: true)
        },
        {
            "issue 12 long run seed 3 #4479 (session 4): the same kind as #8324",
            new FuzzCase(3, [new(MutationKind.MixedLineEndings, 2035542309, 66081552)], FuzzEncoding.Utf8Bom)
        },
        {
            "issue 12 long run seed 4 #1931 (session 4): the same kind as #8324",
            new FuzzCase(3, [new(MutationKind.MixedLineEndings, 1782508156, 1574869422)], FuzzEncoding.Utf8)
        },
        {
            "issue 12 long run seed 2 #7103: the 广东 self-evaluation reader, 591 KB of copied and wide rows read with 132 MB allocated (cap 105 MB): Markdig padded every row to the widest and built a syntax tree per cell",
            new FuzzCase(3, [new(MutationKind.WideRow, 1988680856, 1480080981), new(MutationKind.ManyFindings, 597545386, 1248497614)], FuzzEncoding.Utf16BeBom)
        },
        {
            "issue 12 long run seed 3 #5412: the same kind, 364 KB → 132 MB (cap 90 MB)",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 1461530980, 728578369), new(MutationKind.WideRow, 614002132, 1382465085)], FuzzEncoding.Gb18030, WholeRun: true)
        },
        {
            "issue 12 long run seed 4 #859: the same kind, 134 KB → 104 MB (cap 76 MB)",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 208481691, 1686632999), new(MutationKind.WideRow, 1779636997, 1180900663)], FuzzEncoding.Gb18030)
        },
        {
            "issue 12 long run seed 1 #7595: the same kind, 104 KB → 94 MB",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 633774800, 1208739676), new(MutationKind.WideRow, 1988206374, 522683021)], FuzzEncoding.Gb18030)
        },
        {
            "issue 12 long run seed 6 #1336: the same kind, 497 KB → 107 MB",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 1131077496, 1242644371), new(MutationKind.WideRow, 1231072766, 1968122775)], FuzzEncoding.Utf8)
        },
        {
            "issue 12 long run seed 2 #1788: the same kind, 112 KB → 95 MB",
            new FuzzCase(3, [new(MutationKind.ManyFindings, 330972913, 1988763810), new(MutationKind.WideRow, 766172763, 889129323)], FuzzEncoding.Utf8)
        },
        {
            "issue 12 long run seed 7 #840: the same kind, 1.3 MB → 218 MB",
            new FuzzCase(3, [new(MutationKind.MixedLineEndings, 1772504291, 1393757592), new(MutationKind.WideRow, 192897888, 1208168641), new(MutationKind.ManyFindings, 1641051097, 2075461451)], FuzzEncoding.Utf16Be)
        },
        {
            "issue 12 long run seed 5 #2253 (session 4): the generic reader on a 广东 self-evaluation with mixed line endings, copied rows and a wide row, 229 KB read with 117 MB allocated (cap 82 MB)",
            new FuzzCase(3, [new(MutationKind.MixedLineEndings, 971585207, 218436746), new(MutationKind.ManyFindings, 1381227955, 201479232), new(MutationKind.WideRow, 1274632473, 1093993869)], FuzzEncoding.Utf8Bom, WholeRun: true)
        },
        {
            "issue 12 long run seed 8 #5667 (session 4): the generic reader on a 东莞 table with another file pasted in twice and a wide row, 43 KB read with 83 MB allocated (cap 70 MB)",
            new FuzzCase(1, [new(MutationKind.PasteOtherFile, 1793747206, 1601234518), new(MutationKind.WideRow, 1650717190, 198009350), new(MutationKind.PasteOtherFile, 143302870, 903459330)], FuzzEncoding.Utf16Le, WholeRun: true)
        },
        {
            "issue 12 long run seed 5 #8774 (session 4): a 7.35 MB file no form reads, 0.4 % over its memory cap",
            new FuzzCase(3, [new(MutationKind.WideRow, 1068614250, 1449147456), new(MutationKind.ManyFindings, 2087468586, 260677044)], FuzzEncoding.Utf8ThenGb18030)
        },
        {
            "issue 12 long run seed 10 #904 (session 4): the same kind as #8774",
            new FuzzCase(3, [new(MutationKind.WideRow, 884831486, 324430430), new(MutationKind.DuplicateRows, 1485433059, 1329908720), new(MutationKind.ManyFindings, 662058116, 266080535)], FuzzEncoding.Utf8ThenGb18030)
        },
        {
            "issue 12 long run seed 4 #3649 (session 5, on a7e85f8): the side-by-side 实施期/年度 labels looked for their pair through every following line of one label, so 5,000 copied label lines cost the square of the lines (227 KB read, 2.29 GB allocated)",
            new FuzzCase(2, [new(MutationKind.ManyFindings, 1579433938, 967866988), new(MutationKind.PasteOtherFile, 1803491330, 1206979534)], FuzzEncoding.Utf16Be)
        },
        {
            "issue 12 long run seed 5 #278 (session 5, on a7e85f8): the same kind as #3649 (230 KB read, 5.7 GB allocated)",
            new FuzzCase(2, [new(MutationKind.PasteOtherFile, 380207241, 1082313467), new(MutationKind.ManyFindings, 423995566, 1432591153), new(MutationKind.PasteOtherFile, 453796016, 691612029)], FuzzEncoding.Utf16Be)
        },
        {
            "issue 12 long run seed 5 #5044 (session 7, on c642d8d): a 广东 goals grid with copied finding rows, 376 KB read with 101 MB allocated",
            new FuzzCase(2, [new(MutationKind.ManyFindings, 869631892, 1912277391), new(MutationKind.ManyFindings, 2051721327, 1698323887)], FuzzEncoding.Utf16LeBom)
        },
        {
            "issue 12 long run seed 5 #5332 (session 7, on ddd5742): the same kind as #5044, 215 KB read with 85 MB allocated",
            new FuzzCase(2, [new(MutationKind.ManyFindings, 1114575064, 2140808074), new(MutationKind.ManyFindings, 1722258090, 1109754020)], FuzzEncoding.Utf16BeBom)
        },
        {
            "long run seed 1 #3843 and seed 2 #8234 (session 10, on f946835, the first run seeded from the shape fixtures): a one-cell-per-line table with copied rows whose header kept no 三级 column was put back into rows around a 三级 slot of -1 (IndexOutOfRangeException, reader-failed)",
            new FuzzCase(38, [new(MutationKind.DuplicateRows, 1252941014, 1636182708)], FuzzEncoding.Utf16BeBom)
        },
        {
            "long run seed 2 #8234 (session 10): the same cause on another shape, over the whole run",
            new FuzzCase(43, [new(MutationKind.DuplicateRows, 67530659, 732876374)], FuzzEncoding.Utf16BeBom, WholeRun: true)
        },
        {
            "long run seed 1 #588 (session 10, on f946835): the generic reader on blind-s18h/pdftext-wrapped-lines.txt with its 指标值 line copied 5,000 times: 59 KB read with 88 MB allocated (122 MB on 00e18cd), over its cap. Each row a header was looked for at split the label lines of the twenty rows after it again",
            new FuzzCase(10, [new(MutationKind.WideRow, 1252927183, 1193436675), new(MutationKind.DeleteTabs, 1124192767, 946679792), new(MutationKind.ManyFindings, 1106348722, 606372048), new(MutationKind.TruncateAtBoundary, 469291485, 1679171407)], FuzzEncoding.Utf8)
        },
        {
            "long run seed 3 #90 (session 10, on 469d964): the generic reader on glued-cells.txt with its glued header line copied 1,554 times and 3,446 mojibake copies: 222 KB read with 90 MB allocated, over its cap. The glued-cell splitter allocated a closure at every character",
            new FuzzCase(41, [new(MutationKind.HostileChars, 1407883171, 124184150), new(MutationKind.ManyFindings, 1681067538, 704875684), new(MutationKind.DeleteTabs, 491158529, 434046227), new(MutationKind.WrongEncodingRead, 1324891767, 133842362)], FuzzEncoding.Utf16Le)
        },
        {
            "long run seed 5 #5044 (session 11, on 6c97ac2): one-cell-compare.txt with its 三级指标 label line copied 5,000 times: 80 KB read with 183 MB allocated, over the cap. The #588 cause: each label line was split again for every row a header was looked for at",
            new FuzzCase(47, [new(MutationKind.ManyFindings, 869631892, 1912277391)], FuzzEncoding.Utf16LeBom)
        },
        {
            "long run seed 6 #366 (session 11, on 6c97ac2): the #5044 kind, one-cell-compare.txt with its 三级指标 line copied 5,000 times, 50 KB read with 96 MB allocated (190 MB before s18i's fixes), cap 67 MB: the stream header took twenty 三级 labels as seventeen side-by-side blocks, and every row was placed again for each block, with closures and a list enumerator per column looked up",
            new FuzzCase(47, [new(MutationKind.ManyFindings, 1073162065, 398884524)], FuzzEncoding.Utf16BeBom)
        },
        {
            "s18i's stream seed 4 #1312 (session 11, on 974446e): flattened-rows.txt with its flattened header line copied 5,000 times, 370 KB read with 97.6 MB allocated (cap 91 MB): a stream header built at every row of the block with LINQ, a hash set and a grouping per header",
            new FuzzCase(40, [new(MutationKind.MixedLineEndings, 1790082130, 1832279885), new(MutationKind.MixedLineEndings, 1297000742, 1477478861), new(MutationKind.ManyFindings, 1902756091, 1150400817)], FuzzEncoding.Utf8)
        },
        {
            "s18j's stream seed 7 #1594 (session 12, on its branch): blind-s18i/ziping-space-aligned.txt with a nested list and a copied line, 668 KB read with 241 MB allocated: wrapped lines joined into their cell one at a time, the cell copied again for each of thousands of lines (the chain of joins this branch allowed), now collected and joined once",
            new FuzzCase(22, [new(MutationKind.DeepNesting, 1963987092, 1845805002), new(MutationKind.MixedLineEndings, 713108093, 635581661), new(MutationKind.ManyFindings, 1868897986, 1065549636)], FuzzEncoding.Utf8Bom)
        },
        {
            "the lead's stream seed 9 #6775 (session 12, on c641ed0): glued-cells.txt with its glued header line copied 10,000 times, 310 KB read with 87.8 MB allocated on 27f4188 (cap 87.0 MB): the header was found again at every copied line and its columns built again, each line split twice, and the copies regrouped into indicators; now the header printed again is skipped, not read (19 MB)",
            new FuzzCase(41, [new(MutationKind.ManyFindings, 725146170, 1237270401), new(MutationKind.ManyFindings, 1554084708, 970384788)], FuzzEncoding.Gb18030)
        },
        {
            "s18l's stream seed 17 #3451 (session 14, on 6bb3bd2; the same on ab5dd46): pdftext-month-cycle.txt with a row widened to thousands of pieces and its lines copied, 6.3 MB read with 505 MB allocated (cap 467 MB): choosing the layout split every line of the PDF-text sniff into pieces to rule it out as a column header or a 项目名称 line; now a line is split only when its text could be one",
            new FuzzCase(50, [new(MutationKind.WideRow, 580285598, 2092761743), new(MutationKind.ManyFindings, 1919112194, 421888320)], FuzzEncoding.Utf8Bom)
        },
        {
            "the lead's stream seed 19 #5594 (session 14, on 7dddc25): pdftext-wrapped-lines.txt in UTF-16 with another file pasted in and lines copied, 445 KB read with 769 MB allocated (cap 95 MB): thousands of copied one-cell lines went on with the goal above, each joined by copying the goal so far; now a goal past 5,000 characters is not continued",
            new FuzzCase(10, [new(MutationKind.MixedLineEndings, 1339088426, 302626326), new(MutationKind.PasteOtherFile, 807251847, 302494733), new(MutationKind.ManyFindings, 1327396229, 1426956866)], FuzzEncoding.Utf16Le)
        },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Found_input_keeps_every_property(string found, FuzzCase input)
    {
        var failure = Record.Exception(() => FuzzHarness.Shared.Check(input));

        Assert.True(failure is null, $"{found}, again: {failure?.Message}");
    }
}

/// <summary>Tests whose memory or time figures other tests running at once would change.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
