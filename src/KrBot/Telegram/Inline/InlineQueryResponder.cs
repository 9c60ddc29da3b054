using KrBot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KrBot.Telegram.Inline;

/// <summary>
/// Answers "@bot query" typed in any chat with answerInlineQuery, directly and not through the outbox: an inline answer
/// is no chat message, and Telegram drops the query if it is not answered within seconds, so it is sent at once, on
/// its own task (the update loop goes on with the batch), and never retried. Inline queries share the per-user flood
/// control with messages; a user over the limit gets no answer, which Telegram shows as no results.
/// </summary>
internal sealed class InlineQueryResponder(InlineResults results, FloodGuard flood, ITelegramBotClient client, ILogger<InlineQueryResponder> logger)
{
    /// <summary>Telegram sends at most 256 characters; anything longer did not come from Telegram and gets no results.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>
    /// The answers depend on the query's text alone (its language too), never on who asks: Telegram may show the same
    /// cards to everyone who types it (is_personal false) for five minutes, as long as the fact base stays the same
    /// between deployments anyway.
    /// </summary>
    public const int CacheSeconds = 300;

    // Typing sends a query every few keystrokes: a few answers in flight at once, the rest wait their turn.
    private readonly SemaphoreSlim _inFlight = new(4, 4);

    /// <summary>Starts answering and returns at once; the task is for tests and shutdown, and never fails.</summary>
    public Task RespondAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        if (flood.Check(query.From.Id) != FloodVerdict.Allow)
        {
            InlineLog.Flooded(logger, query.From.Id);
            return Task.CompletedTask;
        }

        return Task.Run(() => AnswerAsync(query, cancellationToken), CancellationToken.None);
    }

    private async Task AnswerAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            var cards = query.Query.Length > MaxQueryLength ? [] : results.For(query.Query);
            await client.AnswerInlineQuery(query.Id, cards, cacheTime: CacheSeconds, isPersonal: false, cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the query is dropped, as Telegram drops it after its window anyway.
        }
        catch (Exception e)
        {
            // Never retried: by the time a retry could go, the person has typed on or Telegram has given up.
            InlineLog.AnswerFailed(logger, query.From.Id, e);
        }
        finally
        {
            _inFlight.Release();
        }
    }
}
