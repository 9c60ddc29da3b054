using KrBot.Conversation;
using KrBot.Core.Charts;
using KrBot.Core.Answering;
using KrBot.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Terminal;

/// <summary>
/// <c>ask "question"</c> prints the answer; <c>ask --json "question"</c> prints one JSON object;
/// <c>ask --json</c> alone answers standard input line by line as JSON Lines, flushing each line.
/// </summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = line.Json;
        var question = string.Join(' ', line.Arguments);
        var responder = services.GetRequiredService<ChatResponder>();
        var charts = services.GetRequiredService<ChartBuilder>();
        string Json(string text, Answer answer) => JsonAnswer.From(text, answer, charts.Plan(answer.Query, ChartLanguage.English) is not null).ToJson();
        Task<Answer> Ask(string text) => responder.RespondAsync(new ChatRequest(0, false, 0, text, SlashCommand.TryParse(text), Standalone: true), cancellationToken);

        // {"question": "...", "chat": 1, "user": 2, "lang": "zh"}: a conversation per chat and user, so follow-ups can be tested.
        Task<Answer> AskInThread(ThreadedQuestion q) =>
            responder.RespondAsync(new ChatRequest(q.Chat, false, q.User, q.Question, SlashCommand.TryParse(q.Question)) { Preference = q.Language }, cancellationToken);

        if (question.Length > 0)
        {
            var answer = await Ask(question);
            await output.WriteLineAsync(json ? Json(question, answer) : TerminalRenderer.Render(answer));
            return KrBotCli.Ok;
        }

        if (!json)
        {
            await error.WriteLineAsync("ask needs a question, for example: krbot ask \"How many users does DingTalk have?\" (or --json to read questions from standard input).");
            return KrBotCli.UsageError;
        }

        // Every line gets exactly one object, blank lines included, so callers can pair input and output by position.
        // A standard input closed before the start has nothing to read: done at once.
        if (ReferenceEquals(input, Console.In) && StandardInput.WasClosedAtStart()) return KrBotCli.Ok;
        while (await input.ReadLineAsync(cancellationToken) is { } text)
        {
            var reply = ThreadedQuestion.TryParse(text) is { } threaded
                ? Json(threaded.Question, await AskInThread(threaded))
                : Json(text, await Ask(text));
            await output.WriteLineAsync(reply);
            await output.FlushAsync(cancellationToken);
        }

        return KrBotCli.Ok;
    }
}
