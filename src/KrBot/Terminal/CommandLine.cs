namespace KrBot.Terminal;

/// <summary>
/// The command line, read strictly and the conventional way: <c>[--Section:Key=value …] [command] [arguments]</c>.
/// An option nobody knows is an error with the usage, never silently a setting or a question; <c>--</c> ends the
/// options, so a question may start with a dash.
/// </summary>
/// <param name="Command">ask, chart, chat, validate, help, version, or null for the default (the bot or the terminal chat).</param>
/// <param name="Settings">Setting overrides (<c>--Telegram:PollTimeoutSeconds=10</c>), for the configuration.</param>
/// <param name="Arguments">What follows the command, its options removed.</param>
/// <param name="Json">ask --json.</param>
/// <param name="Error">Why the command line is wrong; null when it is fine.</param>
/// <param name="Out">chart --out: the PNG file to write.</param>
internal sealed record CommandLine(string? Command, string[] Settings, string[] Arguments, bool Json = false, string? Error = null, string? Out = null)
{
    private static readonly HashSet<string> Commands = ["ask", "chart", "chat", "validate", "help"];

    public static CommandLine Parse(string[] args)
    {
        var settings = new List<string>();
        var i = 0;
        for (; i < args.Length && args[i].StartsWith('-'); i++)
        {
            switch (args[i])
            {
                case "--":
                    i++;
                    goto command;
                case "-h" or "--help":
                    return new CommandLine("help", [.. settings], []);
                case "--version":
                    return new CommandLine("version", [.. settings], []);
                case var setting when IsSetting(setting):
                    settings.Add(setting);
                    break;
                default:
                    return Fail($"Unknown option “{args[i]}”.");
            }
        }

        command:
        if (i == args.Length) return new CommandLine(null, [.. settings], []);
        var command = args[i];
        if (!Commands.Contains(command)) return Fail($"Unknown command “{command}”.");
        var rest = args[(i + 1)..];
        return command switch
        {
            "ask" => ParseAsk([.. settings], rest),
            "chart" => ParseChart([.. settings], rest),
            "validate" => ParseValidate([.. settings], rest),
            _ when rest.Length > 0 => Fail($"{command} takes no arguments, but got “{rest[0]}”."),
            _ => new CommandLine(command, [.. settings], []),
        };
    }

    // --Section:Key=value, the form the configuration's command-line source reads; nothing looser.
    private static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var equals && equals > 2
        && arg.AsSpan(2, equals - 2).Contains(':');

    private static CommandLine ParseAsk(string[] settings, string[] args)
    {
        var json = false;
        var words = new List<string>();
        var options = true;
        foreach (var arg in args)
        {
            if (options && arg == "--") options = false;
            else if (options && arg == "--json") json = true;
            else if (options && arg.StartsWith('-') && arg.Length > 1 && !char.IsDigit(arg[1])) return Fail($"Unknown option “{arg}” for ask (did you mean --json? Put -- before a question that starts with a dash).");
            else words.Add(arg);
        }

        return new CommandLine("ask", settings, [.. words], json);
    }

    private static CommandLine ParseChart(string[] settings, string[] args)
    {
        string? output = null;
        var words = new List<string>();
        var options = true;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (options && arg == "--") options = false;
            else if (options && arg == "--out" && i + 1 < args.Length) output = args[++i];
            else if (options && arg.StartsWith("--out=", StringComparison.Ordinal)) output = arg["--out=".Length..];
            else if (options && arg.StartsWith('-') && arg.Length > 1 && !char.IsDigit(arg[1])) return Fail($"Unknown option “{arg}” for chart (it takes --out FILE.png; put -- before a question that starts with a dash).");
            else words.Add(arg);
        }

        if (words.Count == 0) return Fail("chart needs a question, for example: krbot chart \"dingtalk vs wechat work\" --out chart.png");
        return string.IsNullOrWhiteSpace(output) ? Fail("chart needs --out FILE.png: where to write the picture.") : new CommandLine("chart", settings, [.. words], Out: output);
    }

    private static CommandLine ParseValidate(string[] settings, string[] args)
    {
        var paths = args.SkipWhile(a => a == "--").ToArray();
        if (args.FirstOrDefault() != "--" && paths.FirstOrDefault() is { } first && first.StartsWith('-')) return Fail($"Unknown option “{first}” for validate.");
        return paths.Length > 1 ? Fail("validate takes at most one argument: the fact base folder.") : new CommandLine("validate", settings, paths);
    }

    private static CommandLine Fail(string error) => new(null, [], [], Error: error);
}
