using System.Globalization;
using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

/// <summary>
/// Figures and dates as Chinese readers write them: in 万 and 亿 (300 million is 3亿, 60 million 6000万, USD 6.4
/// billion 64亿美元), and dates from the year down (2020年3月31日, 2020年3月中旬, 2020年第一季度, 2019年底).
/// </summary>
public static class ChineseNumbers
{
    private static readonly string[] Quarters = ["一", "二", "三", "四"];

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "美元", ["CNY"] = "元", ["RMB"] = "元", ["HKD"] = "港元", ["EUR"] = "欧元", ["GBP"] = "英镑", ["JPY"] = "日元",
    };

    public static string Figure(Quantity quantity) => Amount(quantity.Absolute, quantity.Currency, decimals: 10);

    /// <summary>An amount in 万, 亿 or 万亿 with at most <paramref name="decimals"/> decimals (axis ticks use 2).</summary>
    public static string Amount(decimal value, string? currency, int decimals)
    {
        var (scaled, unit) = Math.Abs(value) switch
        {
            >= 1_000_000_000_000m => (value / 1_000_000_000_000m, "万亿"),
            >= 100_000_000m => (value / 100_000_000m, "亿"),
            >= 10_000m => (value / 10_000m, "万"),
            _ => (value, ""),
        };
        var number = Math.Round(scaled, decimals).ToString("0.##########", CultureInfo.InvariantCulture) + unit;
        if (currency is null) return number;
        return Currencies.TryGetValue(currency, out var name) ? number + name : $"{currency} {number}";
    }

    public static string Date(AsOf asOf) => asOf.Precision switch
    {
        AsOfPrecision.Day => $"{asOf.Year}年{asOf.Month}月{asOf.Day}日",
        AsOfPrecision.Month => $"{asOf.Year}年{asOf.Month}月",
        AsOfPrecision.EarlyMonth => $"{asOf.Year}年{asOf.Month}月上旬",
        AsOfPrecision.MidMonth => $"{asOf.Year}年{asOf.Month}月中旬",
        AsOfPrecision.LateMonth => $"{asOf.Year}年{asOf.Month}月下旬",
        AsOfPrecision.Quarter => $"{asOf.Year}年第{Quarters[asOf.Period - 1]}季度",
        AsOfPrecision.Half => asOf.Period == 1 ? $"{asOf.Year}年上半年" : $"{asOf.Year}年下半年",
        AsOfPrecision.Year => $"{asOf.Year}年",
        AsOfPrecision.YearEnd => $"{asOf.Year}年底",
        _ => "未注明日期",
    };

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
