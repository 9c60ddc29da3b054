namespace KrBot.Core.Knowledge;

public enum MetricKind
{
    /// <summary>A number of people, accounts, ...: "300 million users".</summary>
    Count,
    /// <summary>An amount of money with a currency.</summary>
    Money,
    /// <summary>A part of a whole, often given only in words ("one-fifth").</summary>
    Share,
    /// <summary>No number: an event, an owner, a description.</summary>
    Statement,
}
