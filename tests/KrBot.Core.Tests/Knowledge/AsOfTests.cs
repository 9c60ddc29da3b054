// Types by alias: the model's Fact would shadow xunit's [Fact].
using AsOf = KrBot.Core.Knowledge.AsOf;

namespace KrBot.Core.Tests.Knowledge;

public sealed class AsOfTests
{
    [Theory]
    [InlineData("2020-03-31", "31 March 2020")]
    [InlineData("2020-03", "March 2020")]
    [InlineData("early 2020-03", "early March 2020")]
    [InlineData("mid 2020-03", "mid-March 2020")]
    [InlineData("2020-Q1", "Q1 2020")]
    [InlineData("2020-H1", "the first half of 2020")]
    [InlineData("2020", "2020")]
    [InlineData("end of 2019", "the end of 2019")]
    [InlineData("undated", "undated")]
    public void TryParse_EveryPrecision_DescribesItForPeople(string text, string described)
    {
        var asOf = AsOf.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal(described, asOf!.Describe());
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2020-13")]
    [InlineData("2020-Q5")]
    [InlineData("31/03/2020")]
    [InlineData("last year")]
    [InlineData("0000-02-03")]
    [InlineData("0000-03")]
    public void TryParse_MalformedDate_ExplainsTheAcceptedForms(string text)
    {
        var asOf = AsOf.TryParse(text, out var error);

        Assert.Null(asOf);
        Assert.Contains(text, error);
    }

    [Fact]
    public void End_OrdersYearEndAfterQuarterOfThatYear()
    {
        var yearEnd = AsOf.TryParse("end of 2019", out _)!;
        var quarter = AsOf.TryParse("2020-Q1", out _)!;

        Assert.True(quarter.End > yearEnd.End);
        Assert.Null(AsOf.Undated.End);
    }
}
