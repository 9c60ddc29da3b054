using KrBot.Charts;
using KrBot.Conversation;
using KrBot.Core.Charts;
using KrBot.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Terminal;

/// <summary>
/// <c>chart "dingtalk vs wechat work" --out chart.png</c>: the comparison as a PNG bar chart, the same picture Telegram
/// gets; prints the file's full path. Labels are Chinese when the question is written in Chinese.
/// </summary>
internal static class ChartCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var question = string.Join(' ', line.Arguments);
        var text = $"/{ChartQuestions.Command} {question}";
        var answer = await services.GetRequiredService<ChatResponder>().RespondAsync(new ChatRequest(0, false, 0, text, SlashCommand.TryParse(text), Standalone: true), cancellationToken);
        if (services.GetRequiredService<ChartBuilder>().Plan(answer.Query, ChartLanguages.Of(answer)) is not { } spec)
        {
            await error.WriteLineAsync($"Nothing to chart: “{question}” is not a comparison of two or more figures I have as numbers. Try: krbot chart \"dingtalk vs wechat work\" --out chart.png");
            return KrBotCli.KnowledgeInvalid;
        }

        if (await services.GetRequiredService<ChartImages>().GetAsync(spec, cancellationToken) is not { } png)
        {
            await error.WriteLineAsync($"The chart of “{question}” could not be drawn; see the log.");
            return KrBotCli.KnowledgeInvalid;
        }

        var path = Path.GetFullPath(line.Out!);
        try
        {
            await File.WriteAllBytesAsync(path, png, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot write {path}: {e.Message}");
            return KrBotCli.KnowledgeInvalid;
        }

        await output.WriteLineAsync(path);
        return KrBotCli.Ok;
    }
}
