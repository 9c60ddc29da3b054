using System.Diagnostics.Metrics;
using Prometheus;

namespace KrBot.Operations;

/// <summary>
/// Publishes the KrBot meter on prometheus-net's registry, which /metrics serves. prometheus-net would otherwise start
/// listening to meters only at the first scrape, and lose every count made before it. One registry per process,
/// so this runs once however many hosts a process builds (tests build several).
/// </summary>
internal static class PrometheusExport
{
    private static readonly Lazy<IDisposable> Listening = new(() =>
    {
        // The process and runtime metrics stay; its own listener to every meter goes, for this one to ours.
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressMeters = true, SuppressEventCounters = true, SuppressDebugMetrics = true });
        return MeterAdapter.StartListening(new MeterAdapterOptions
        {
            InstrumentFilterPredicate = instrument => instrument.Meter.Name == BotMetrics.MeterName,
            ResolveHistogramBuckets = _ => BotMetrics.LatencyBuckets,

            // A quiet bot's counters should not vanish (and restart from zero) between scrapes: the longest prometheus-net
            // allows (the label sets are few, so nothing grows).
            MetricsExpireAfter = TimeSpan.FromDays(1),
        });
    });

    public static void Start() => _ = Listening.Value;
}
