namespace GoalLint.Tests.Serve;

/// <summary>
/// Hand-written submissions for the workbench tests: 广东「项目绩效目标表」 tab exports with invented
/// departments, units and figures. <see cref="Goals"/> plants what a reviewer sends back: a vague
/// quality value, a placeholder annual goal; the corrected version fixes the first, keeps the
/// second and brings in a new vague value.
/// </summary>
public static class Submissions
{
    public const string Department = "样例县交通运输局";

    public static string Goals(string unit, string project, string quality = "良好", string annualGoal = "xxx", string benefit = "≥90%") => $"""
        项目绩效目标表

        项目名称	{project}
        项目类型	其他事业发展类
        主管部门	{Department}
        用款单位	{unit}
        实施周期	起始年度	2025	到期年度	2025
        2025年预算金额（元）	380000
        总体绩效目标	实施周期总目标
        	完成县内乡村公路桥梁定期检测，掌握桥梁技术状况。
        	2025年度目标
        	{annualGoal}
        绩效指标	一级指标	二级指标	三级指标	实施周期指标值	当年度指标值
        	产出指标	数量指标	检测桥梁座数	≥42座	≥42座
        		质量指标	检测报告质量	{quality}	{quality}
        		时效指标	检测完成时间	2025年10月底前	2025年10月底前
        		成本指标	每座检测成本	≤0.9万元/座	≤0.9万元/座
        	效益指标	社会效益指标	桥梁安全隐患发现率	{benefit}	{benefit}
        	满意度指标	服务对象满意度指标	沿线群众满意度	≥90%	≥90%

        """;

    /// <summary>The first submission: two units, one table each.</summary>
    public static (string Name, string Text)[] Round() =>
    [
        ("交通局/样例县公路事务中心.tsv", Goals("样例县公路事务中心", "乡村公路桥梁定期检测")),
        ("交通局/样例县农村公路养护站.tsv", Goals("样例县农村公路养护站", "农村公路日常养护", quality: "≥90分", annualGoal: "完成农村公路日常养护 300 公里。")),
    ];

    /// <summary>The first unit's corrected file: 良好 fixed, xxx still there, a new vague benefit value.</summary>
    public static string Corrected() => Goals("样例县公路事务中心", "乡村公路桥梁定期检测", quality: "≥90分", benefit: "显著提升");
}
