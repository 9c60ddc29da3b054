using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace KrBot.FakeBotApi;

/// <summary>
/// Inline queries handed out and the bot's answers, checked as Telegram checks them: a known query, answered once and
/// within its window, at most 50 results with unique ids of 1-64 bytes, each article with a title and a message text
/// that passes the same markup and length rules as sendMessage.
/// </summary>
internal sealed class InlineQueries(ChangeSignal changed, Func<DateTimeOffset> now)
{
    public const int MaxResults = 50;
    public const int MaxIdBytes = 64;

    /// <summary>Telegram drops an inline query that is not answered within about ten seconds.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _open = new();
    private readonly ConcurrentQueue<InlineAnswer> _answers = new();

    public IReadOnlyList<InlineAnswer> Answers => [.. _answers];

    public string Open()
    {
        var id = Guid.NewGuid().ToString("N");
        _open[id] = now();
        return id;
    }

    public BotApiResult Answer(BotApiArguments args)
    {
        if (args.GetString("inline_query_id") is not { } id || !_open.TryRemove(id, out var asked) || now() - asked > AnswerWindow)
        {
            return BotApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        if (args.GetJson("results") is not JsonArray results)
        {
            return BotApiResult.BadRequest("can't parse inline query results JSON object");
        }

        if ((Check(results) ?? CheckOffset(args.GetString("next_offset"))) is { } invalid)
        {
            return invalid;
        }

        _answers.Enqueue(new InlineAnswer(id, results.DeepClone().AsArray(), args.GetInt("cache_time"), args.GetString("is_personal") is "true" or "True", args.GetString("next_offset"), now()));
        changed.Pulse();
        return BotApiResult.True();
    }

    private static BotApiResult? Check(JsonArray results)
    {
        if (results.Count > MaxResults) return BotApiResult.BadRequest("RESULTS_TOO_MUCH");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var id = BotApiArguments.AsString(result?["id"]);
            if (id is null || Encoding.UTF8.GetByteCount(id) is 0 or > MaxIdBytes) return BotApiResult.BadRequest("RESULT_ID_INVALID");
            if (!ids.Add(id)) return BotApiResult.BadRequest("RESULT_ID_DUPLICATE");
            if (BotApiArguments.AsString(result?["type"]) != "article") continue;
            if (string.IsNullOrWhiteSpace(BotApiArguments.AsString(result?["title"]))) return BotApiResult.BadRequest("RESULT_TITLE_EMPTY");
            var content = result?["input_message_content"];
            var parseMode = MessageRules.NormalizeParseMode(BotApiArguments.AsString(content?["parse_mode"]));
            if (MessageRules.CheckText(BotApiArguments.AsString(content?["message_text"]), parseMode, out _) is { } invalid) return invalid;
            if (MessageRules.CheckReplyMarkup(result?["reply_markup"]) is { } badMarkup) return badMarkup;
        }

        return null;
    }

    private static BotApiResult? CheckOffset(string? nextOffset) =>
        nextOffset is not null && Encoding.UTF8.GetByteCount(nextOffset) > MaxIdBytes ? BotApiResult.BadRequest("NEXT_OFFSET_INVALID") : null;
}

/// <summary>An answerInlineQuery the fake accepted.</summary>
/// <param name="QueryId">The inline query it answers.</param>
/// <param name="Results">The results as sent; do not modify them.</param>
/// <param name="CacheTime">cache_time as sent (Telegram's default is 300 s when it is left out).</param>
/// <param name="IsPersonal">is_personal as sent.</param>
/// <param name="NextOffset">next_offset as sent.</param>
/// <param name="At">When it was accepted, on the fake's clock.</param>
public sealed record InlineAnswer(string QueryId, JsonArray Results, int? CacheTime, bool IsPersonal, string? NextOffset, DateTimeOffset At);
