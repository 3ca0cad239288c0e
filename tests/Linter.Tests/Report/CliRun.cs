using GoalLint.Cli;

namespace GoalLint.Tests.Report;

/// <summary>Console is process-wide: the CLI tests run alone.</summary>
[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>Runs a goallint command line in process as <c>Program</c> does, capturing standard output and error.</summary>
public static class CliRun
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = GoalLintCommand.Run(args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>
    /// A small 广东 project-goals table written for these tests: every indicator is well formed
    /// except one vague value (稳步提升), so the run has warnings and no errors.
    /// </summary>
    public const string WarningsOnlyTable = """
        ## 项目绩效目标表

        项目名称	示例社区图书室运行经费				
        项目类型	其他运转类				
        主管部门	示例区文化广电旅游体育局				
        用款单位	示例区图书馆				
        实施周期	起始年度	2024	到期年度	2024	
        2024年预算金额（元）	200000				
        总体绩效目标	实施周期总目标				
        	保障社区图书室全年开放，年接待读者不少于8000人次。				
        	2024年度目标				
        	保障社区图书室全年开放，年接待读者不少于8000人次。				
        绩效指标	一级指标	二级指标	三级指标	实施周期指标值	当年度指标值
        	产出指标	数量指标	年接待读者人次	≥8000人次	≥8000人次
        		质量指标	图书上架准确率	≥98%	≥98%
        		时效指标	开放服务水平	稳步提升	稳步提升
        		成本指标	图书单册采购成本	≤60元/册	≤60元/册
        	效益指标	社会效益指标	居民阅读便利率	≥90%	≥90%
        	满意度指标	服务对象满意度指标	读者满意度	≥95%	≥95%

        """;
}
