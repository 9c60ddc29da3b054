using KrBot.Conversation;
using KrBot.Core.Answering;
using KrBot.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Terminal;

/// <summary>The interactive terminal chat: the same answers as Telegram, slash commands included.</summary>
internal static class ChatCommand
{
    public static Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(services, input, output, ReferenceEquals(input, Console.In) && !Console.IsInputRedirected ? () => Console.ReadKey(intercept: true) : null, cancellationToken);

    /// <param name="readKey">Keys from a person at a terminal, for line editing; null when the input is piped.</param>
    public static async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, Func<ConsoleKeyInfo>? readKey, CancellationToken cancellationToken)
    {
        var responder = services.GetRequiredService<ChatResponder>();
        if (ReferenceEquals(input, Console.In) && StandardInput.WasClosedAtStart()) return KrBotCli.Ok; // nothing will ever be typed

        // The prompt and line editing are for a person at a terminal; piped questions get answers only.
        var editor = readKey is null ? null : new LineEditor(readKey, output);
        await output.WriteLineAsync("KrBot: ask about DingTalk, WeChat Work, Lark and more. /help lists commands; /quit or Ctrl+D leaves.");
        IReadOnlyList<Suggestion> suggestions = [];
        while (true)
        {
            var line = editor is null ? await input.ReadLineAsync(cancellationToken) : editor.ReadLine("> ");
            if (line is null)
            {
                // Ctrl+D ends the line the prompt is on; the shell's prompt then starts on its own line.
                if (editor is not null) await output.WriteLineAsync();
                break;
            }

            var text = line.Trim();
            if (text is "/quit" or "/exit") break;
            if (text.Length == 0) continue;

            // A number picks one of the follow-ups offered with the previous answer.
            if (int.TryParse(text, out var pick) && pick >= 1 && pick <= suggestions.Count) text = suggestions[pick - 1].Question;

            var answer = await responder.RespondAsync(new ChatRequest(0, false, 0, text, SlashCommand.TryParse(text)), cancellationToken);
            suggestions = answer.Suggestions;
            await output.WriteLineAsync(TerminalRenderer.Render(answer));
            await output.WriteLineAsync();
        }

        return KrBotCli.Ok;
    }
}
