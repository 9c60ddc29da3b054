using System.Globalization;
using System.Text.RegularExpressions;

namespace KrBot.Core.Knowledge;

/// <summary>
/// When a fact was true, at the precision the source gives it: a day, part of a month, a month, a quarter,
/// a half, a year, a year-end, or no date at all. <see cref="Period"/> is 1-4 for quarters and 1-2 for halves.
/// </summary>
public sealed partial record AsOf(AsOfPrecision Precision, int Year, int Month, int Day, int Period)
{
    public static AsOf Undated { get; } = new(AsOfPrecision.Undated, 0, 0, 0, 0);

    public bool IsDated => Precision != AsOfPrecision.Undated;

    /// <summary>The last day the period covers, for "latest" ordering; null when undated.</summary>
    public DateOnly? End => Precision switch
    {
        AsOfPrecision.Day => new DateOnly(Year, Month, Day),
        AsOfPrecision.Month or AsOfPrecision.LateMonth => LastDayOf(Year, Month),
        AsOfPrecision.EarlyMonth => new DateOnly(Year, Month, 10),
        AsOfPrecision.MidMonth => new DateOnly(Year, Month, 20),
        AsOfPrecision.Quarter => LastDayOf(Year, Period * 3),
        AsOfPrecision.Half => LastDayOf(Year, Period * 6),
        AsOfPrecision.Year or AsOfPrecision.YearEnd => new DateOnly(Year, 12, 31),
        _ => null,
    };

    /// <summary>For people: "31 March 2020", "early March 2020", "Q1 2020", "the end of 2019".</summary>
    public string Describe() => Precision switch
    {
        AsOfPrecision.Day => $"{Day} {MonthName(Month)} {Year}",
        AsOfPrecision.Month => $"{MonthName(Month)} {Year}",
        AsOfPrecision.EarlyMonth => $"early {MonthName(Month)} {Year}",
        AsOfPrecision.MidMonth => $"mid-{MonthName(Month)} {Year}",
        AsOfPrecision.LateMonth => $"late {MonthName(Month)} {Year}",
        AsOfPrecision.Quarter => $"Q{Period} {Year}",
        AsOfPrecision.Half => Period == 1 ? $"the first half of {Year}" : $"the second half of {Year}",
        AsOfPrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
        AsOfPrecision.YearEnd => $"the end of {Year}",
        _ => "undated",
    };

    /// <summary>Parses the fact-file notation; returns null and a reason when it is not one of the forms.</summary>
    public static AsOf? TryParse(string text, out string? error)
    {
        error = null;
        var t = text.Trim();
        if (t.Equals("undated", StringComparison.OrdinalIgnoreCase)) return Undated;
        // Dates are real calendar dates of this era; "0000-02-03" is a typo, not year zero.
        if (YearOf().Match(t) is { Success: true } year && int.Parse(year.Value, CultureInfo.InvariantCulture) is < 1900 or > 2199)
            return Fail($"“{t}” has a year outside 1900-2199", out error);

        var m = DayPattern().Match(t);
        if (m.Success)
        {
            var (y, mo, d) = (Int(m, 1), Int(m, 2), Int(m, 3));
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return Fail($"“{t}” is not a real date", out error);
            return new AsOf(AsOfPrecision.Day, y, mo, d, 0);
        }

        m = MonthPattern().Match(t);
        if (m.Success)
        {
            var precision = m.Groups[1].Value.ToLowerInvariant() switch
            {
                "early" => AsOfPrecision.EarlyMonth,
                "mid" => AsOfPrecision.MidMonth,
                "late" => AsOfPrecision.LateMonth,
                _ => AsOfPrecision.Month,
            };
            var mo = Int(m, 3);
            if (mo is < 1 or > 12) return Fail($"“{t}” has no month {mo}", out error);
            return new AsOf(precision, Int(m, 2), mo, 0, 0);
        }

        m = PeriodPattern().Match(t);
        if (m.Success)
        {
            var isQuarter = m.Groups[2].Value.Equals("Q", StringComparison.OrdinalIgnoreCase);
            var period = Int(m, 3);
            if (period < 1 || period > (isQuarter ? 4 : 2)) return Fail($"“{t}” names no such {(isQuarter ? "quarter" : "half")}", out error);
            return new AsOf(isQuarter ? AsOfPrecision.Quarter : AsOfPrecision.Half, Int(m, 1), 0, 0, period);
        }

        m = YearPattern().Match(t);
        if (m.Success) return new AsOf(AsOfPrecision.Year, Int(m, 1), 0, 0, 0);

        m = YearEndPattern().Match(t);
        if (m.Success) return new AsOf(AsOfPrecision.YearEnd, Int(m, 1), 0, 0, 0);

        return Fail($"“{t}” is not a date; use 2020-03-31, 2020-03, early 2020-03, mid 2020-03, late 2020-03, 2020-Q1, 2020-H1, 2020, end of 2019 or undated", out error);
    }

    private static AsOf? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly LastDayOf(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearOf();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?:(early|mid|late)\s+)?(\d{4})-(\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(\d{4})-([QH])(\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^(\d{4})$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^end of (\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex YearEndPattern();
}
