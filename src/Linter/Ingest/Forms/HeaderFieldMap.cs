using System.Globalization;
using System.Text.RegularExpressions;
using GoalLint.Model;

namespace GoalLint.Ingest.Forms;

/// <summary>
/// The <see cref="TableHeader"/> field each header label names (the vocabulary's header-fields,
/// compared as <see cref="LabelKey"/>s), and how its value cell sets it; how a layout finds the
/// value is its own business.
/// </summary>
internal static partial class HeaderFieldMap
{
    /// <summary>The field a label cell names, or null when it names none GoalLint knows.</summary>
    public static HeaderField? Find(string label) => Vocabulary.Current.HeaderFieldOf(label);

    /// <summary>A field that holds an amount of money: the budget, its parts, or the cycle's amount beside it.</summary>
    public static bool HoldsAmount(HeaderField field) =>
        field is HeaderField.Budget or HeaderField.CycleBudget or HeaderField.FiscalFunds or HeaderField.OtherFunds or HeaderField.FundSource or HeaderField.Funds
            or HeaderField.BasicSpending or HeaderField.PersonnelSpending or HeaderField.PublicSpending or HeaderField.ProjectSpending;

    /// <summary>Whether <paramref name="field"/> already holds a value (a form that restates a label keeps its first); a list of sources never does.</summary>
    public static bool IsSet(TableHeader header, HeaderField field) => field switch
    {
        HeaderField.ProjectName => header.ProjectName is not null,
        HeaderField.ProjectCode => header.ProjectCode is not null,
        HeaderField.ProjectType => header.ProjectType is not null,
        HeaderField.ProjectLevel => header.ProjectLevel is not null,
        HeaderField.SupervisingDepartment => header.SupervisingDepartment is not null,
        HeaderField.SpendingUnit => header.SpendingUnit is not null,
        HeaderField.FundUse => header.FundUse is not null,
        HeaderField.ContactPerson => header.ContactPerson is not null,
        HeaderField.ContactPhone => header.ContactPhone is not null,
        HeaderField.ContactEmail => header.ContactEmail is not null,
        HeaderField.Cycle or HeaderField.Group or HeaderField.CycleStartYear => header.CycleStartYear is not null,
        HeaderField.CycleEndYear => header.CycleEndYear is not null,
        HeaderField.BudgetYear => header.BudgetYear is not null,
        HeaderField.Budget or HeaderField.Funds => header.Budget is not null,
        HeaderField.FiscalFunds => header.FiscalFunds is not null,
        HeaderField.OtherFunds => header.OtherFunds is not null,
        HeaderField.BasicSpending => header.BudgetSplit?.Basic is not null,
        HeaderField.PersonnelSpending => header.BudgetSplit?.Personnel is not null,
        HeaderField.PublicSpending => header.BudgetSplit?.Public is not null,
        HeaderField.ProjectSpending => header.BudgetSplit?.Project is not null,
        _ => false,
    };

    /// <summary>
    /// Sets <paramref name="field"/> from its value cell, read as the field needs (text, year or
    /// amount); false when the field holds no value.
    /// </summary>
    public static bool Set(TableHeader header, HeaderField field, Cell label, Cell value, IHeaderValues values)
    {
        switch (field)
        {
            case HeaderField.CycleStartYear: header.CycleStartYear = values.Year(value); break;
            case HeaderField.CycleEndYear: header.CycleEndYear = values.Year(value); break;
            // A group label (实施周期) that has a value of its own rather than 起始年度 | 到期年度 beside it holds the period.
            case HeaderField.Cycle or HeaderField.Group: SetCycleOrKeep(header, values.Text(value)); break;
            case HeaderField.BudgetYear: header.BudgetYear = values.Year(value); break;
            case HeaderField.Budget: header.Budget = values.Amount(label, value); break;
            case HeaderField.FiscalFunds or HeaderField.OtherFunds or HeaderField.FundSource
                or HeaderField.BasicSpending or HeaderField.PersonnelSpending or HeaderField.PublicSpending or HeaderField.ProjectSpending:
                return SetPart(header, field, label, value, values);
            case HeaderField.CycleBudget: header.Other.Add(new LabelledField(label.Text, values.Text(value))); break;
            // A fund block's label beside another label (年初预算数, 合计) only groups: no amount of its own.
            case HeaderField.Funds when GridNumbers.IsNumberLike(Money.WithoutNote(value.Text).TrimEnd('元', '万', '千', '亿')): header.Budget ??= values.Amount(label, value); break;
            case HeaderField.Funds: return false;
            default: return SetText(header, field, values.Text(value));
        }

        return true;
    }

    /// <summary>Sets a field that holds text as written, or a period (<see cref="SetCycle"/>); false for fields that hold a number or an amount, or none.</summary>
    public static bool SetText(TableHeader header, HeaderField field, TextField value)
    {
        switch (field)
        {
            case HeaderField.ProjectName: header.ProjectName = value; break;
            case HeaderField.ProjectCode: header.ProjectCode = value; break;
            case HeaderField.ProjectType: header.ProjectType = value; break;
            case HeaderField.ProjectLevel: header.ProjectLevel = value; break;
            case HeaderField.SupervisingDepartment: header.SupervisingDepartment = value; break;
            case HeaderField.SpendingUnit: header.SpendingUnit = value; break;
            case HeaderField.FundUse: header.FundUse = value; break;
            case HeaderField.ContactPerson: header.ContactPerson = value; break;
            case HeaderField.ContactPhone: header.ContactPhone = value; break;
            case HeaderField.ContactEmail: header.ContactEmail = value; break;
            case HeaderField.Cycle or HeaderField.Group: return SetCycle(header, value);
            default: return false;
        }

        return true;
    }

    /// <summary>
    /// A part of the budget (a source of money or a kind of spending). A value that is there but not an amount is
    /// kept as unread (<see cref="TableHeader.UnreadAmounts"/>): the parts read are then not all the parts.
    /// </summary>
    private static bool SetPart(TableHeader header, HeaderField field, Cell label, Cell value, IHeaderValues values)
    {
        var amount = values.Amount(label, value);
        if (amount is null && !value.IsBlank && !GridNumbers.IsNumberLike(value.Text))
        {
            (header.UnreadAmounts ??= []).Add(new LabelledField(label.Text, values.Text(value)));
        }

        switch (field)
        {
            case HeaderField.FiscalFunds: header.FiscalFunds = amount; return true;
            case HeaderField.OtherFunds: header.OtherFunds = amount; return true;
            case HeaderField.FundSource: return AddSource(header, label, amount);
            default: return SetSplit(header, field, amount);
        }
    }

    /// <summary>A further source of the budget, by its label; false when its cell holds no amount.</summary>
    private static bool AddSource(TableHeader header, Cell label, MoneyField? amount)
    {
        if (amount is null)
        {
            return false;
        }

        (header.FundSources ??= []).Add(new FundSource(LabelKey.Of(label.Text), amount));
        return true;
    }

    /// <summary>A part of a 部门整体 budget by kind of spending; false when its cell holds no amount.</summary>
    private static bool SetSplit(TableHeader header, HeaderField field, MoneyField? amount)
    {
        if (amount is null)
        {
            return false;
        }

        var split = header.BudgetSplit ??= new BudgetSplit();
        switch (field)
        {
            case HeaderField.BasicSpending: split.Basic = amount; break;
            case HeaderField.PersonnelSpending: split.Personnel = amount; break;
            case HeaderField.PublicSpending: split.Public = amount; break;
            default: split.Project = amount; break;
        }

        return true;
    }

    private static void SetCycleOrKeep(TableHeader header, TextField value)
    {
        if (!SetCycle(header, value))
        {
            header.Other.Add(new LabelledField("实施周期", value));
        }
    }

    /// <summary>
    /// A period written as one value (2024-2026年, 2024年至2026年, by month 2025年1月—2025年12月 or
    /// 2025.01-2025.12): its first and last year, a single year both; false when it names no year, or more than two.
    /// </summary>
    public static bool SetCycle(TableHeader header, TextField value)
    {
        var text = CellText.FoldWidth(value.Text);
        var years = Years().Matches(text)
            .Where(m => (m.Index == 0 || !char.IsAsciiDigit(text[m.Index - 1]))
                && (m.Index + m.Length == text.Length || !char.IsAsciiDigit(text[m.Index + m.Length])))
            .ToList();
        if (years.Count is 0 or > 2)
        {
            return false;
        }

        header.CycleStartYear = Year(years[0].Value, value.At);
        header.CycleEndYear = Year(years[^1].Value, value.At);
        return true;
    }

    private static NumberField Year(string digits, SourceLocation at) => new(int.Parse(digits, CultureInfo.InvariantCulture), digits, at);

    /// <summary>Four digits that may be a year; <see cref="SetCycle"/> keeps those not inside a longer number (linear, no lookarounds).</summary>
    [GeneratedRegex("(19|20)\\d{2}", RegexOptions.NonBacktracking)]
    private static partial Regex Years();
}
