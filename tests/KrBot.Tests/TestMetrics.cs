using System.Diagnostics.Metrics;
using KrBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace KrBot.Tests;

/// <summary>The bot's metrics on a meter factory of their own, for types tested without a host; collectors read them.</summary>
internal sealed class TestMetrics
{
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public TestMetrics()
    {
        Metrics = new BotMetrics(_meters);
    }

    public BotMetrics Metrics { get; }

    public static BotMetrics Create() => new TestMetrics().Metrics;

    /// <summary>Records what <paramref name="instrument"/> (e.g. "sends") measures from now on.</summary>
    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(_meters, BotMetrics.MeterName, instrument);
}
