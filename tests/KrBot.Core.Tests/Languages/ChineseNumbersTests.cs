using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Tests.Languages;

public sealed class ChineseNumbersTests
{
    [Theory]
    [InlineData(300, Scale.Million, null, "3亿")]
    [InlineData(60, Scale.Million, null, "6000万")]
    [InlineData(1.2, Scale.Billion, null, "12亿")]
    [InlineData(6.4, Scale.Billion, "USD", "64亿美元")]
    [InlineData(220, Scale.Million, null, "2.2亿")]
    [InlineData(250, Scale.Million, null, "2.5亿")]
    [InlineData(1500, Scale.One, null, "1500")]
    [InlineData(60, Scale.Thousand, null, "6万")]
    [InlineData(5, Scale.Billion, "CNY", "50亿元")]
    [InlineData(2, Scale.Million, "XYZ", "XYZ 200万")]
    [InlineData(1500, Scale.Billion, null, "1.5万亿")]
    public void Figure_InWanAndYi(double value, Scale scale, string? currency, string expected)
    {
        Assert.Equal(expected, ChineseNumbers.Figure(new Quantity((decimal)value, scale, currency)));
    }

    [Theory]
    [InlineData("2020-03-31", "2020年3月31日")]
    [InlineData("2020-03", "2020年3月")]
    [InlineData("early 2020-03", "2020年3月上旬")]
    [InlineData("mid 2020-03", "2020年3月中旬")]
    [InlineData("late 2020-03", "2020年3月下旬")]
    [InlineData("2020-Q1", "2020年第一季度")]
    [InlineData("2020-Q4", "2020年第四季度")]
    [InlineData("2020-H1", "2020年上半年")]
    [InlineData("2020-H2", "2020年下半年")]
    [InlineData("2020", "2020年")]
    [InlineData("end of 2019", "2019年底")]
    [InlineData("undated", "未注明日期")]
    public void Date_FromTheYearDown(string asOf, string expected)
    {
        Assert.Equal(expected, ChineseNumbers.Date(AsOf.TryParse(asOf, out _)!));
    }

    [Fact]
    public void Figure_OfAFactGivenInWords_IsItsCuratedChinese()
    {
        var fact = BundledKnowledge.Facts.FindFact("wechatwork-share-of-wechat-users")!;

        Assert.Equal("五分之一", Language.SimplifiedChinese.Figure(fact));
        Assert.Equal("one-fifth", Language.English.Figure(fact));
    }
}
