using System.Text.Json;
using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Telegram.Rendering;

namespace KrBot.Telegram.Receiving;

/// <summary>
/// Runs the answering path once per kind of question before the first getUpdates. Without it, the first burst of
/// questions after a start (a deploy, a crash) is also when the runtime compiles the parser, the answerer and the
/// renderer, and those answers come late. It takes a few tens of milliseconds of the start.
/// (The sending path warms itself: SendWarmUp.)
/// </summary>
internal sealed class AnswerWarmUp(Answerer answerer)
{
    private static readonly string[] Questions =
    [
        "How many users does DingTalk have?", "钉钉有多少用户？", "/compare dingtalk wechatwork", "/lark", "dingtlak users",
        "Who makes Lark?", "How many users does Zoom have?", "/help",
    ];

    private const string SampleUpdate =
        """{"update_id":1,"message":{"message_id":1,"date":1764000000,"chat":{"id":1,"type":"private","first_name":"A"},"from":{"id":1,"is_bot":false,"first_name":"A"},"text":"/help","entities":[{"type":"bot_command","offset":0,"length":5}]}}""";

    public void Run()
    {
        using var update = JsonDocument.Parse(SampleUpdate);
        UpdateParser.Parse(update.RootElement);
        // Each in the language it would be answered in, so the Chinese wording is compiled too.
        foreach (var question in Questions) TelegramRenderer.Render(answerer.Ask(question, LanguagePreference.Auto.Choose(question, null)), 1, null);
    }
}
