using System.Globalization;

namespace KrBot.Core.Knowledge;

/// <summary>A figure exactly as the source gives it: 300 million, USD 6.4 billion.</summary>
public sealed record Quantity(decimal Value, Scale Scale, string? Currency)
{
    public decimal Absolute => Value * Multiplier;

    public decimal Multiplier => Scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        _ => 1m,
    };

    /// <summary>For people: "300 million", "USD 6.4 billion", "1,500".</summary>
    public string Format()
    {
        var number = Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        var scaled = Scale == Scale.One ? number : $"{number} {Scale.ToString().ToLowerInvariant()}";
        return Currency is null ? scaled : $"{Currency} {scaled}";
    }
}

public enum Scale
{
    One,
    Thousand,
    Million,
    Billion,
}
