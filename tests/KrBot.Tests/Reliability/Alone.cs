namespace KrBot.Tests.Reliability;

/// <summary>
/// Tests that measure rates in real time against several processes run after the others, one at a time: on a 2-core
/// machine a neighbouring test's load would be measured too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "Alone";
}
