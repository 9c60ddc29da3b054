using System.Diagnostics.Metrics;
using KrBot.Core.Understanding;

namespace KrBot.Operations;

/// <summary>
/// What the bot counts, on the .NET Meter "KrBot" (System.Diagnostics.Metrics): /metrics exports it in Prometheus'
/// format (<see cref="PrometheusExport"/>), and tests read it with a MetricCollector. The exporter prefixes the meter's
/// name and turns dots into underscores: "sends" becomes krbot_sends_total.
/// </summary>
internal sealed class BotMetrics
{
    public const string MeterName = "KrBot";

    /// <summary>Seconds: an answer usually takes tens of milliseconds, and minutes behind a 429 or an outage.</summary>
    public static readonly double[] LatencyBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    private readonly Counter<long> _updates;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerLatency;
    private readonly Counter<long> _sends;
    private readonly Counter<long> _digests;
    private long _outboxDepth;
    private double _outboxAgeSeconds;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _updates = meter.CreateCounter<long>("updates.received", "{update}", "Updates received from Telegram (polling or webhook), repeats included.");
        _answers = meter.CreateCounter<long>("answers", "{answer}", "Answers composed, by the intent the question was read as.");
        _answerLatency = meter.CreateHistogram<double>(
            "answer.latency",
            "s",
            "From an update reaching the bot to Telegram accepting its reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _sends = meter.CreateCounter<long>("sends", "{request}", "sendMessage requests, by result: ok, 429, 5xx, 403, other.");
        _digests = meter.CreateCounter<long>("digests", "{digest}", "Digest messages finished, by result: sent, or missed (given up, unconfirmed, chat gone).");
        meter.CreateObservableGauge("outbox.depth", () => Volatile.Read(ref _outboxDepth), "{message}", "Messages owed in the outbox (shared by every replica).");
        meter.CreateObservableGauge("outbox.age", () => Volatile.Read(ref _outboxAgeSeconds), "s", "How long the oldest message owed has been waiting.");
    }

    public void UpdatesReceived(int count, string receiver) => _updates.Add(count, new KeyValuePair<string, object?>("receiver", receiver));

    public void Answered(Intent intent) => _answers.Add(1, new KeyValuePair<string, object?>("intent", intent.ToString()));

    public void AnswerDelivered(TimeSpan sinceReceived) => _answerLatency.Record(Math.Max(0, sinceReceived.TotalSeconds));

    public void Sent(string result) => _sends.Add(1, new KeyValuePair<string, object?>("result", result));

    public void Digest(bool sent) => _digests.Add(1, new KeyValuePair<string, object?>("result", sent ? "sent" : "missed"));

    public void Outbox(long depth, TimeSpan age)
    {
        Volatile.Write(ref _outboxDepth, depth);
        Volatile.Write(ref _outboxAgeSeconds, Math.Max(0, age.TotalSeconds));
    }
}
