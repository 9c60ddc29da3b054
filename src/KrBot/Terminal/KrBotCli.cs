using System.Reflection;
using KrBot.Hosting;
using KrBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Terminal;

/// <summary>
/// The command line contract (design.md section 2). Exit codes: 0 done, 1 the fact base is missing or invalid,
/// 2 the command line or a setting is wrong. User errors print a sentence, never a stack trace.
/// </summary>
internal static class KrBotCli
{
    public const int Ok = 0;
    public const int KnowledgeInvalid = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args);
        try
        {
            switch (line.Command)
            {
                case "validate":
                    return ValidateCommand.Run(line, output, error);
                case "ask":
                    using (var host = BuildTerminalHost(line.Settings))
                        return await AskCommand.RunAsync(line, host.Services, input, output, error, cancellationToken);
                case "chart":
                    using (var host = BuildTerminalHost(line.Settings))
                        return await ChartCommand.RunAsync(line, host.Services, output, error, cancellationToken);
                case "chat":
                    using (var host = BuildTerminalHost(line.Settings))
                        return await ChatCommand.RunAsync(host.Services, input, output, cancellationToken);
                case "help":
                    await output.WriteLineAsync(Usage);
                    return Ok;
                case "version":
                    await output.WriteLineAsync($"KrBot {Version}");
                    return Ok;
                case null when line.Error is { } problem:
                    await error.WriteLineAsync($"{problem}\n{Usage}");
                    return UsageError;
                default:
                    return await BotCommand.RunAsync(line.Settings, input, output, error, cancellationToken);
            }
        }
        catch (OutputFailedException e)
        {
            await TryWriteAsync(error, e.Message);
            return KnowledgeInvalid;
        }
        catch (KnowledgeLoadException e)
        {
            await error.WriteLineAsync($"The fact base at {e.Path} cannot be loaded:");
            foreach (var problem in e.Problems) await error.WriteLineAsync(problem.ToString());
            return KnowledgeInvalid;
        }
        catch (SettingsException e)
        {
            foreach (var problem in e.Problems) await error.WriteLineAsync($"Configuration error: {problem}");
            return UsageError;
        }
        catch (Exception e) when (ConfigurationErrors(e) is { Count: > 0 } failures)
        {
            foreach (var failure in failures) await error.WriteLineAsync($"Configuration error: {failure}");
            return UsageError;
        }
        catch (Exception e) when (StorageProblem(e) is { } storage)
        {
            // A missing, read-only, damaged, locked or too new database: one sentence naming the setting, no stack trace.
            await error.WriteLineAsync($"Cannot use the database set by {storage.Setting} ({storage.DatabasePath}): {storage.Reason}.");
            return KnowledgeInvalid;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot use the database or a file it needs: {e.Message} (check Storage:DatabasePath and its folder's permissions).");
            return KnowledgeInvalid;
        }
    }

    /// <summary>The storage failure behind a failed start, also when the host wraps it (AggregateException).</summary>
    private static StorageUnavailableException? StorageProblem(Exception e) => e switch
    {
        StorageUnavailableException storage => storage,
        AggregateException aggregate => aggregate.InnerExceptions.Select(StorageProblem).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>Settings problems, also when the host reports several sections at once (AggregateException).</summary>
    private static IReadOnlyList<string> ConfigurationErrors(Exception e) => e switch
    {
        OptionsValidationException validation => validation.Failures.ToList(),
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(ConfigurationErrors).ToList(),
        _ => [],
    };

    public const string Usage = """
        Usage: krbot [--Section:Key=value ...] [command]
          krbot                        run the Telegram bot (Telegram__BotToken set) or chat in the terminal
          krbot ask "question"         print the answer as plain text
          krbot ask --json "question"  print the answer as one JSON object
          krbot ask --json             read questions from standard input, one JSON object per line out
          krbot chart "question" --out file.png
                                       draw a comparison as a PNG bar chart and print the file's path
          krbot chat                   chat with the bot in the terminal
          krbot validate [path]        check a fact base folder; exit 1 on any problem
          krbot --help | --version
        Settings from appsettings.json can be overridden with --Section:Key=value before the command
        (e.g. --Knowledge:Path=my-facts) or with environment variables (Knowledge__Path=my-facts).
        -- ends the options: krbot ask -- "-5% of what?"
        """;

    private static string Version =>
        typeof(KrBotCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The error stream may be the broken one too; there is nobody left to tell then.</summary>
    private static async Task TryWriteAsync(TextWriter writer, string text)
    {
        try
        {
            await writer.WriteLineAsync(text);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A host for the terminal: same configuration and services, no logging on the console that answers go to.</summary>
    public static IHost BuildTerminalHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(HostSettings(args));
        SettingsException.ThrowIfAny(SettingsCheck.ForTerminal(builder.Configuration));
        builder.Logging.ClearProviders();
        builder.Services.AddKrBotCore();
        return builder.Build();
    }

    /// <summary>
    /// The content root (where appsettings.json and the relative paths are read) is the working folder when it has
    /// appsettings.json, else the program's folder, which has copies of both: this makes `dotnet run` and the
    /// published binary behave the same.
    /// </summary>
    public static HostApplicationBuilderSettings HostSettings(string[] args) => new()
    {
        Args = args,
        ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory,
    };
}
