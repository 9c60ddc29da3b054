using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KrBot.Telegram.Sending;

/// <summary>One attempt at a message, and what each kind of failure does to it, its chat and the queue.</summary>
internal sealed partial class OutboundSender
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>One attempt at the chat's first message; never throws.</summary>
    private async Task SendOneAsync(PendingSend send)
    {
        DateTimeOffset? retryAt = null;
        try
        {
            retryAt = await AttemptAsync(send);
        }
        catch (Exception e)
        {
            SenderLog.SendCrashed(_logger, send.ChatId, e);
            send.Complete(SendStatus.Failed, error: e.GetType().Name);
        }
        finally
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    send.Complete(SendStatus.Cancelled, error: "the sender has stopped");
                }

                _scheduler.Finish(send, retryAt);
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>Sends; returns when to try again, or null when the message is finished.</summary>
    private async Task<DateTimeOffset?> AttemptAsync(PendingSend send)
    {
        var chatId = send.ChatId;
        var message = send.Message;
        try
        {
            // A message recovered after a long downtime may be past its deadline before its first try.
            if (_time.GetUtcNow() > send.Deadline)
            {
                SenderLog.GaveUp(_logger, chatId, $"it was no longer worth delivering (deadline {send.Deadline:u})");
                send.Complete(SendStatus.Failed, error: "too old");
                return null;
            }

            if (!await RecordAttemptAsync(send))
            {
                return NotRecorded(send);
            }

            var text = send.AsPlainText ? message.PlainText : message.Html;
            var parseMode = send.AsPlainText ? ParseMode.None : ParseMode.Html;
            var replyParameters = send.WithoutReply || message.ReplyToMessageId is not { } replyTo ? null : new ReplyParameters { MessageId = replyTo };
            // The picture is drawn before the departure is counted: only the request itself is paced.
            var picture = await PictureAsync(message);
            lock (_gate)
            {
                _scheduler.Departed(send, _time.GetUtcNow());
            }

            var sent = picture is not null
                ? await _client.SendPhoto(
                    chatId,
                    InputFile.FromStream(new MemoryStream(picture, writable: false), "chart.png"),
                    caption: text,
                    parseMode: parseMode,
                    replyParameters: replyParameters,
                    replyMarkup: message.Keyboard,
                    cancellationToken: _abort.Token)
                : await _client.SendMessage(
                    chatId,
                    text,
                    parseMode: parseMode,
                    replyParameters: replyParameters,
                    replyMarkup: message.Keyboard,
                    linkPreviewOptions: NoPreview,
                    cancellationToken: _abort.Token);
            send.Complete(SendStatus.Sent, sent.Id);
            _metrics?.Sent("ok");
            return null;
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            send.Complete(SendStatus.Cancelled, error: "abandoned at shutdown");
            return null;
        }
        catch (Exception e)
        {
            return await HandleFailureAsync(send, chatId, e);
        }
    }

    /// <summary>
    /// The chart picture of a photo message, drawn on the thread pool or taken from the cache; null for a text message,
    /// and for a chart that cannot be drawn, whose caption then goes as text (it holds the comparison and its sources).
    /// </summary>
    private async Task<byte[]?> PictureAsync(OutgoingMessage message) =>
        message.Chart is { } chart && _charts is not null ? await _charts.GetAsync(chart, _abort.Token) : null;

    /// <summary>Acts on a failed attempt; returns when to try again, or null when the message is finished.</summary>
    private async Task<DateTimeOffset?> HandleFailureAsync(PendingSend send, long chatId, Exception exception)
    {
        var error = TelegramErrors.Classify(exception);
        _metrics?.Sent(error.Code switch { 429 => "429", 403 => "403", >= 500 and < 600 => "5xx", _ => "other" });
        var now = _time.GetUtcNow();
        var decision = SendRetryPolicy.Decide(error, send, now, Jitter());
        if (decision.Action is SendAction.Retry or SendAction.PauseAllAndRetry or SendAction.Migrate && !error.MayHaveArrived)
        {
            await ForgetAttemptAsync(send);
        }

        switch (decision.Action)
        {
            case SendAction.PauseAllAndRetry:
                SenderLog.TooManyRequests(_logger, chatId, decision.Delay, send.TooManyRequests);
                lock (_gate)
                {
                    _scheduler.PauseAll(now + decision.Delay);
                }

                return now + decision.Delay;
            case SendAction.Retry when error.Kind == TelegramErrorKind.Transient:
                SenderLog.Retrying(_logger, chatId, error.ToString(), send.Failures, decision.Delay);
                return now + decision.Delay;
            case SendAction.Retry when error.Kind == TelegramErrorKind.CantParseEntities:
                SenderLog.ResendingAsPlainText(_logger, chatId, exception);
                return now;
            case SendAction.Retry:
                SenderLog.ResendingWithoutReply(_logger, chatId);
                return now;
            case SendAction.Migrate:
                await MigrateAsync(send, chatId, error.MigrateToChatId!.Value);
                return now;
            case SendAction.ChatGone:
                await ChatGoneAsync(send, error);
                return null;
            case SendAction.Unconfirmed:
                SenderLog.GaveUp(_logger, chatId, decision.Reason!);
                send.Complete(SendStatus.Unconfirmed, error: error.ToString());
                return null;
            default:
                SenderLog.GaveUp(_logger, chatId, decision.Reason ?? error.ToString());
                send.Complete(SendStatus.Failed, error: error.ToString());
                return null;
        }
    }

    /// <summary>The store could not note the attempt: try later, like a failed request, and give up at the deadline.</summary>
    private DateTimeOffset? NotRecorded(PendingSend send)
    {
        var retryAt = _time.GetUtcNow() + SendRetryPolicy.Backoff(++send.Failures, Jitter());
        if (retryAt <= send.Deadline) return retryAt;
        SenderLog.GaveUp(_logger, send.ChatId, "the store could not record the attempt before the deadline");
        send.Complete(SendStatus.Failed, error: "the store is unavailable");
        return null;
    }

    /// <summary>
    /// An at-most-once message (a digest) is noted in the store before its first request: after a crash, a message
    /// that may have reached Telegram is then not sent again. False when that note could not be written.
    /// </summary>
    private async Task<bool> RecordAttemptAsync(PendingSend send)
    {
        if (!send.Message.AtMostOnce || send.AttemptRecorded || send.Message.OutboxId == 0 || _journal is null) return true;
        try
        {
            await _journal.MarkAttemptedAsync(send.Message.OutboxId, attempted: true, _abort.Token);
            send.AttemptRecorded = true;
            return true;
        }
        catch (Exception e) when (!_abort.IsCancellationRequested)
        {
            SenderLog.AttemptNotRecorded(_logger, send.ChatId, SendRetryPolicy.Backoff(send.Failures + 1), e);
            return false;
        }
    }

    /// <summary>
    /// Telegram certainly did not take the message (429, 4xx, no connection): a crash before the retry must not
    /// count it as perhaps delivered. If the note cannot be cleared, it stays: a lost digest beats a doubled one.
    /// </summary>
    private async Task ForgetAttemptAsync(PendingSend send)
    {
        if (!send.AttemptRecorded || _journal is null) return;
        try
        {
            await _journal.MarkAttemptedAsync(send.Message.OutboxId, attempted: false, _abort.Token);
            send.AttemptRecorded = false;
        }
        catch (Exception e) when (!_abort.IsCancellationRequested)
        {
            SenderLog.AttemptNotCleared(_logger, send.ChatId, e);
        }
    }

    private async Task MigrateAsync(PendingSend send, long oldChatId, long newChatId)
    {
        SenderLog.ChatMigrated(_logger, oldChatId, newChatId);
        await TellLifecycleAsync(oldChatId, ct => _lifecycle.ChatMigratedAsync(oldChatId, newChatId, ct));
        lock (_gate)
        {
            _scheduler.Migrate(send.Chat!, newChatId);
        }
    }

    private async Task ChatGoneAsync(PendingSend send, TelegramError error)
    {
        var chatId = send.ChatId;
        List<PendingSend> dropped;
        lock (_gate)
        {
            dropped = _scheduler.MarkGone(send.Chat!);
        }

        dropped.Remove(send);

        SenderLog.ChatGone(_logger, chatId, error.Code, dropped.Count);
        await TellLifecycleAsync(chatId, ct => _lifecycle.ChatGoneAsync(chatId, ct));
        send.Complete(SendStatus.ChatGone, error: error.ToString());
        foreach (var other in dropped)
        {
            other.Complete(SendStatus.ChatGone, error: error.ToString());
        }
    }

    private async Task TellLifecycleAsync(long chatId, Func<CancellationToken, Task> call)
    {
        try
        {
            await call(_abort.Token);
        }
        catch (Exception e)
        {
            // The chat's state is not ours to fix; sending carries on either way.
            SenderLog.LifecycleFailed(_logger, chatId, e);
        }
    }
}
