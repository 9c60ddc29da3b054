using Quantity = KrBot.Core.Knowledge.Quantity;
using Scale = KrBot.Core.Knowledge.Scale;

namespace KrBot.Core.Tests.Knowledge;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(300, Scale.Million, null, "300 million")]
    [InlineData(1.2, Scale.Billion, null, "1.2 billion")]
    [InlineData(6.4, Scale.Billion, "USD", "USD 6.4 billion")]
    [InlineData(1500, Scale.One, null, "1,500")]
    public void Format_ReadsAsTheSourceWroteIt(double value, Scale scale, string? currency, string expected)
    {
        Assert.Equal(expected, new Quantity((decimal)value, scale, currency).Format());
    }

    [Fact]
    public void Absolute_AppliesTheScale()
    {
        Assert.Equal(300_000_000m, new Quantity(300, Scale.Million, null).Absolute);
    }
}
