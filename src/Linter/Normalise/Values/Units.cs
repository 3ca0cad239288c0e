namespace GoalLint.Normalise.Values;

/// <summary>The units indicator values use, each with the one spelling GoalLint reports.</summary>
internal static class Units
{
    private static readonly Vocabulary<string> Known = new(
        ("%", "%"), ("百分比", "%"), ("个百分点", "百分点"), ("百分点", "百分点"), ("‰", "‰"),
        ("元", "元"), ("万元", "万元"), ("亿元", "亿元"), ("千元", "千元"), ("万美元", "万美元"),
        ("平方米", "平方米"), ("平米", "平方米"), ("平方", "平方米"), ("㎡", "平方米"),
        ("平方公里", "平方公里"), ("平方千米", "平方公里"), ("㎢", "平方公里"),
        ("立方米", "立方米"), ("立方", "立方米"), ("㎥", "立方米"),
        ("公里", "公里"), ("千米", "公里"), ("km", "公里"), ("米", "米"), ("m", "米"),
        ("亩", "亩"), ("公顷", "公顷"), ("吨", "吨"), ("千克", "千克"), ("公斤", "千克"), ("kg", "千克"),
        ("千瓦时", "千瓦时"), ("kWh", "千瓦时"), ("千瓦", "千瓦"),
        ("GB", "GB"), ("TB", "TB"), ("MB", "MB"), ("Mbps", "Mbps"), ("M", "M"),
        ("个工作日", "工作日"), ("工作日", "工作日"), ("个小时", "小时"), ("小时", "小时"),
        ("分钟", "分钟"), ("秒", "秒"), ("天", "天"), ("日", "天"), ("周", "周"),
        ("个月", "月"), ("个季度", "季度"), ("季度", "季度"), ("年", "年"), ("学时", "学时"), ("课时", "课时"),
        ("人次", "人次"), ("人天", "人天"), ("人日", "人天"), ("人", "人"), ("名", "人"),
        ("户", "户"), ("项", "项"), ("家", "家"), ("宗地", "宗"), ("宗", "宗"), ("份", "份"), ("篇", "篇"),
        ("场次", "场"), ("场", "场"), ("期", "期"), ("次", "次"), ("批次", "批次"), ("批", "批"), ("轮", "轮"),
        ("个", "个"), ("套", "套"), ("台", "台"), ("件", "件"), ("条", "条"), ("张", "张"), ("本", "本"),
        ("册", "册"), ("卷", "卷"), ("页", "页"), ("幢", "幢"), ("栋", "栋"), ("座", "座"), ("处", "处"),
        ("所", "所"), ("块", "块"), ("辆", "辆"), ("株", "株"), ("棵", "棵"), ("类", "类"), ("种", "种"),
        ("部", "部"), ("间", "间"), ("盏", "盏"), ("段", "段"), ("笔", "笔"), ("例", "例"), ("起", "起"),
        ("版面", "版面"), ("版", "版"), ("分", "分"), ("倍", "倍"));

    private static readonly HashSet<string> TimeUnits = ["工作日", "小时", "分钟", "秒", "天", "周", "月", "季度", "年"];

    /// <summary>Reads the unit starting at <paramref name="pos"/>; a Latin unit must not run on into a longer word.</summary>
    public static bool TryMatch(string text, int pos, out string unit, out int length)
    {
        if (!Known.TryMatchAt(text, pos, out var word, out unit))
        {
            length = 0;
            return false;
        }

        length = word.Length;
        var end = pos + length;
        return !char.IsAsciiLetter(word[^1]) || end >= text.Length || !char.IsAsciiLetter(text[end]);
    }

    public static bool IsTime(string? unit) => unit is not null && TimeUnits.Contains(unit);
}
