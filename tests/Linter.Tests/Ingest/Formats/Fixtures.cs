using GoalLint.Ingest;
using GoalLint.Model;

namespace GoalLint.Tests.Ingest.Formats;

/// <summary>Shared fixture text and helpers: a 广东 goal table as its tab-separated export, and decoding bytes as GoalLint does.</summary>
internal static class Fixtures
{
    /// <summary>A 项目绩效目标表 (广东 grid layout) as a budget system exports it to text.</summary>
    public const string GuangdongGoals = """
        项目绩效目标表
        项目名称	社区体育设施维护项目
        项目类型	其他特定目标类（部门职能类）
        项目等级	二级项目
        主管部门	某市文化广电旅游体育局
        用款单位	某市体育中心
        实施周期	起始年度	2024	到期年度	2026
        2025年预算金额（元）	320000
        总体绩效目标	实施周期总目标
        	完成全市社区体育设施的日常维护，保障设施安全运行。
        	2025年度目标
        	完成年度维护任务，设施完好率保持在95%以上。
        绩效指标	一级指标	二级指标	三级指标	实施周期指标值	当年度指标值
        	产出指标	数量指标	维护设施数量	≥900处	≥300处
        			巡查次数	≥36次	≥12次
        		质量指标	设施完好率	≥95%	≥95%
        		时效指标	维修响应时间	≤48小时	≤48小时
        		成本指标	预算执行率	≥90%	≥90%
        	效益指标	经济效益指标
        		社会效益指标	服务群众人次	≥30万人次	≥10万人次
        		生态效益指标
        		可持续影响指标	设施使用年限	≥5年	≥5年
        	满意度指标	服务对象满意度指标	群众满意度	≥90%	≥90%
        """;

    /// <summary>A 项目支出绩效自评表 (深圳 layout) as its tab-separated export.</summary>
    public const string ShenzhenSelfEvaluation = """
        项目支出绩效自评表
        项目名称	社区体育设施维护项目			项目金额	320000
        主管部门	某市文化广电旅游体育局			实施单位	某市体育中心
        项目资金 (元)		年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	年度资金总额	320000.00	320000.00	304000.00	10	0.95	9.50
        	其中：当年财政拨款	320000.00	320000.00	304000.00	—	0.95	—
        	上年结转资金	0.00	0.00	0.00	—	0.00	—
        	其他资金	0.00	0.00	0.00	—	0.00	—
        年度总体目标	预期目标			实际完成情况
        	完成全市社区体育设施的日常维护。			已按计划完成维护任务。
        年度绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
        	产出指标	数量指标	维护设施数量	300处	310处	20	20
        			巡查次数	12次	12次	10	10
        		质量指标	设施完好率	95%	96%	10	10
        		时效指标	维修响应及时率	90%	88%	10	9	部分维修因配件到货延迟
        	效益指标	社会效益指标	服务群众人次	10万人次	11万人次	15	15
        		可持续影响指标	设施使用年限	5年	5年	5	5
        	满意度指标	服务对象满意度指标	群众满意度	90%	92%	20	19.5
        总分					100	98.5	—
        """;

    /// <summary>A 河北 项目绩效目标表 with 绩效指标描述 and 指标值确定依据, as its tab-separated export.</summary>
    public const string HebeiGoals = """
        1. 2025 年社区体育设施维护项目绩效目标表
        单位：万元
        项目编号	13080025P000000000001		项目名称	社区体育设施维护项目
        预算规模及资金用途	预算数	32.00	其中：财政资金	32.00	其他资金
        	用于社区体育设施日常维护支出。
        资金支出计划（%）	3 月底		6 月底	10 月底	12 月底
        				30%	100%
        绩效目标	1. 完成全市社区体育设施的日常维护，设施完好率保持在95%以上。
        一级指标	二级指标	三级指标	绩效指标描述	指标值	指标值确定依据
        产出指标	数量指标	维护设施数量	维护社区体育设施数量	≥300处	年度工作计划
        		巡查次数	全年巡查社区体育设施次数	≥12次	年度工作计划
        	质量指标	设施完好率	维护后设施完好率	≥95%	行业规范
        	时效指标	完成时限	维护任务完成时限	12 月底前	年度工作计划
        效益指标	社会效益指标	服务群众人次	服务群众人次	≥10万人次	年度工作计划
        满意度指标	服务对象满意度指标	群众满意度	群众满意度	≥90%	行业规范
        """;

    /// <summary>0-based row of the 绩效指标 header in <see cref="GuangdongGoals"/>.</summary>
    public const int IndicatorHeaderRow = 12;

    public static TheoryData<string> Formats => new() { "xlsx", "xls" };

    public static byte[] Write(string format, params FixtureSheet[] sheets) =>
        format == "xlsx" ? XlsxWriter.Write(sheets) : XlsWriter.Write(sheets);

    public static (SourceText? Source, IngestContext Context) Decode(byte[] bytes, IngestLimits? limits = null)
    {
        var context = new IngestContext("fixture");
        var source = SourceDecoder.Decode("fixture", bytes, limits ?? IngestLimits.Default, context).SingleOrDefault();
        return (source, context);
    }

    /// <summary>The rows of a text table with trailing empty cells dropped, as cell texts.</summary>
    public static string[][] TextRows(string tsv) =>
        new SourceText("t", tsv, "utf-8", SourceFormat.Text).Rows.Select(Texts).ToArray();

    public static string[] Texts(Row row)
    {
        var texts = row.Cells.Select(c => c.Text).ToList();
        while (texts.Count > 0 && texts[^1].Length == 0)
        {
            texts.RemoveAt(texts.Count - 1);
        }

        return [.. texts];
    }
}
