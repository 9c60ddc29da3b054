using System.Diagnostics.Metrics;
using KrBot.Core.Understanding;

namespace KrBot.Operations;

/// <summary>
/// What the bot counts, on the .NET Meter "KrBot" (System.Diagnostics.Metrics): /metrics exports it in Prometheus'
/// format, and tests read it with a MetricCollector. Names follow OpenTelemetry's conventions; the exporter turns
/// dots into underscores (krbot.sends becomes krbot_sends_total).
/// </summary>
internal sealed class BotMetrics
{
    public const string MeterName = "KrBot";

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
        _updates = meter.CreateCounter<long>("krbot.updates.received", "{update}", "Updates received from Telegram (polling or webhook), repeats included.");
        _answers = meter.CreateCounter<long>("krbot.answers", "{answer}", "Answers composed, by the intent the question was read as.");
        _answerLatency = meter.CreateHistogram<double>(
            "krbot.answer.latency",
            "s",
            "From an update reaching the bot to Telegram accepting its reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        _sends = meter.CreateCounter<long>("krbot.sends", "{request}", "sendMessage requests, by result: ok, 429, 5xx, 403, other.");
        _digests = meter.CreateCounter<long>("krbot.digests", "{digest}", "Digest messages finished, by result: sent, or missed (given up, unconfirmed, chat gone).");
        meter.CreateObservableGauge("krbot.outbox.depth", () => Volatile.Read(ref _outboxDepth), "{message}", "Messages owed in the outbox (shared by every replica).");
        meter.CreateObservableGauge("krbot.outbox.age", () => Volatile.Read(ref _outboxAgeSeconds), "s", "How long the oldest message owed has been waiting.");
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
