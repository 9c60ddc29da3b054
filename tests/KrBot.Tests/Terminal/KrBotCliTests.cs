using System.Text.Json;
using KrBot.Terminal;

namespace KrBot.Tests.Terminal;

/// <summary>The command line contract other tools rely on (design.md section 2), run in process.</summary>
public sealed class KrBotCliTests
{
    [Fact]
    public async Task Ask_PrintsThePlainAnswerAndExitsZero()
    {
        var (code, output, _) = await Run(["ask", "How many users does DingTalk have?"]);

        Assert.Equal(0, code);
        Assert.StartsWith("DingTalk: 300 million users, as of 31 March 2020", output);
        Assert.DoesNotContain("<b>", output);
    }

    [Fact]
    public async Task AskJson_PrintsOneObjectWithTheContractFields()
    {
        var (code, output, _) = await Run(["ask", "--json", "Compare DingTalk and WeChat Work"]);

        Assert.Equal(0, code);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("Compare DingTalk and WeChat Work", root.GetProperty("question").GetString());
        Assert.Contains("5 times", root.GetProperty("text").GetString());
        Assert.Equal("compare", root.GetProperty("intent").GetString());
        Assert.Equal(1.0, root.GetProperty("confidence").GetDouble());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal("KrASIA", citation.GetProperty("publisher").GetString());
        Assert.Contains("dingtalk-users-2020-03-31", citation.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task AskJson_AnswerWithoutFacts_HasNoCitations()
    {
        var (_, output, _) = await Run(["ask", "--json", "How many users does Zoom have?"]);

        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
        Assert.Equal("outOfScope", json.RootElement.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task AskJson_WithoutQuestion_AnswersStandardInputAsJsonLinesInOrder()
    {
        var (code, output, _) = await Run(["ask", "--json"], "钉钉有多少用户？\n\n/lark\n");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["钉钉有多少用户？", "", "/lark"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
        Assert.Contains("3亿", JsonDocument.Parse(lines[0]).RootElement.GetProperty("text").GetString());
        Assert.Equal(["zh-Hans", "en", "en"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task AskJson_ObjectLines_KeepAConversationPerChatAndUser_PlainLinesStayIndependent()
    {
        var input = string.Join('\n',
            """{"question": "How many users does DingTalk have?", "chat": 1, "user": 2}""",
            """{"question": "How many users does WeChat have?", "chat": 1, "user": 3}""",
            """{"question": "and Lark?", "chat": 1, "user": 2}""",
            "and Lark?",
            """{"question": "and DingTalk?", "chat": 1, "user": 3}""",
            """{"question": "compare them", "chat": 1, "user": 3}""") + "\n";

        var (code, output, _) = await Run(["ask", "--json"], input);

        Assert.Equal(0, code);
        var replies = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(("and Lark?", "users"), (replies[2].GetProperty("question").GetString(), replies[2].GetProperty("metric").GetString()));
        Assert.Equal("overview", replies[3].GetProperty("intent").GetString());
        Assert.Equal(["dingtalk", "wechat"], replies[5].GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("compare", replies[5].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task AskJson_LangInAnObjectLine_SetsTheReplyLanguage_LangCommandHoldsForTheRunWithoutADatabase()
    {
        var database = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"), "krbot.db");
        var input = string.Join('\n',
            """{"question": "How many users does DingTalk have?", "lang": "zh"}""",
            """{"question": "How many users does DingTalk have?", "lang": "zh-Hant"}""",
            """{"question": "钉钉有多少用户？", "lang": "en"}""",
            """{"question": "/lang zh", "chat": 5, "user": 5}""",
            """{"question": "Who makes Lark?", "chat": 5, "user": 5}""",
            """{"question": "Who makes Lark?", "chat": 6, "user": 6}""") + "\n";

        var (code, output, _) = await Run([$"--Storage:DatabasePath={database}", "ask", "--json"], input);

        Assert.Equal(0, code);
        var replies = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["zh-Hans", "zh-Hant", "en", "zh-Hans", "zh-Hans", "en"], replies.Select(r => r.GetProperty("language").GetString()));
        Assert.StartsWith("钉钉：3亿用户", replies[0].GetProperty("text").GetString());
        Assert.StartsWith("釘釘：3億用戶", replies[1].GetProperty("text").GetString());
        Assert.StartsWith("DingTalk: 300 million", replies[2].GetProperty("text").GetString());
        Assert.StartsWith("飞书属于字节跳动。", replies[4].GetProperty("text").GetString());
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task Ask_WithoutQuestion_IsAUsageError()
    {
        var (code, _, error) = await Run(["ask"]);

        Assert.Equal(2, code);
        Assert.Contains("ask needs a question", error);
    }

    [Fact]
    public async Task MistypedCommand_IsAUsageErrorAndDoesNotStartTheBot()
    {
        var (code, output, error) = await Run(["asks", "dingtalk"]);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown command “asks”.", error);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Validate_BundledFactBase_ExitsZero()
    {
        var (code, output, _) = await Run(["validate", TestKnowledge.Folder]);

        Assert.Equal(0, code);
        Assert.Contains("OK", output);
    }

    [Fact]
    public async Task Validate_BrokenFactBase_PrintsFileLineProblemsAndExitsOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestKnowledge.Folder, "*.yaml"))
        {
            Directory.CreateDirectory(folder);
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var facts = Path.Combine(folder, "facts.yaml");
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("entity: lark", "entity: larkk", StringComparison.Ordinal));

        var (code, output, _) = await Run(["validate", folder]);

        Assert.Equal(1, code);
        Assert.Matches(@"facts\.yaml:\d+: unknown entity “larkk”", output);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Chat_AnswersLines_AndANumberPicksAFollowUp()
    {
        var (code, output, _) = await Run(["chat"], "/dingtalk\n1\n/quit\n");

        Assert.Equal(0, code);
        Assert.Contains("1) DingTalk vs WeChat Work: /compare dingtalk wechatwork", output);
        Assert.Contains("5 times", output);
    }

    [Fact]
    public async Task NoArguments_WithoutToken_OpensTheTerminalChatAndSaysHowToConnect()
    {
        var (code, output, _) = await Run([], "/wechat\n");

        Assert.Equal(0, code);
        Assert.StartsWith("No Telegram token configured: chatting here in the terminal. To run in Telegram, set Telegram__BotToken", output);
        Assert.Contains("1.2 billion", output);
    }

    [Fact]
    public async Task NoArguments_MalformedToken_StopsWithTheKeyNamedAndTheTokenNotShown()
    {
        var (code, output, error) = await Run(["--Telegram:BotToken=oops-secret-value"]);

        Assert.Equal(2, code);
        Assert.Contains("Telegram:BotToken does not look like a bot token", error);
        Assert.DoesNotContain("oops-secret-value", output + error);
    }

    [Theory]
    [InlineData("--foo bar", "Unknown option “--foo”.")]
    [InlineData("--verbose ask dingtalk", "Unknown option “--verbose”.")]
    [InlineData("ask --jsn dingtalk", "Unknown option “--jsn” for ask")]
    [InlineData("chat now", "chat takes no arguments, but got “now”.")]
    [InlineData("validate a b", "validate takes at most one argument")]
    [InlineData("validate --strict", "Unknown option “--strict” for validate.")]
    public async Task UnknownOptionsAndExtraArguments_ExitTwoWithTheUsage_AndRunNothing(string args, string message)
    {
        var (code, output, error) = await Run(args.Split(' '), "/dingtalk\n");

        Assert.Equal(2, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Contains("Usage: krbot", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task HelpAndVersion_PrintAndExitZero()
    {
        var (helpCode, help, _) = await Run(["--help"]);
        var (versionCode, version, _) = await Run(["--version"]);

        Assert.Equal((0, 0), (helpCode, versionCode));
        Assert.StartsWith("Usage: krbot", help, StringComparison.Ordinal);
        Assert.Matches(@"^KrBot \d+\.\d+\.\d+", version);
    }

    [Fact]
    public async Task DoubleDash_EndsTheOptions_SoTheQuestionMayLookLikeOne()
    {
        var (code, output, _) = await Run(["ask", "--json", "--", "--json"]);

        Assert.Equal(0, code);
        Assert.Equal("--json", JsonDocument.Parse(output).RootElement.GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("--Telegram:PollTimeoutSeconds=abc", "Telegram:PollTimeoutSeconds must be a whole number from 0 to 50, not “abc”.")]
    [InlineData("--Telegram:Sender:RateLimitsEnabled=maybe", "Telegram:Sender:RateLimitsEnabled must be true or false, not “maybe”.")]
    [InlineData("--Telegram:FloodWindowSeconds=99999999999", "Telegram:FloodWindowSeconds must be a whole number from 1 to 3600, not “99999999999”.")]
    [InlineData("--Telegram:Sender:GlobalPerSecond=0", "Telegram:Sender:GlobalPerSecond must be a whole number from 1 to 1000, not 0.")]
    [InlineData("--Telegram:Sender:PerChatPerSecond=fast", "Telegram:Sender:PerChatPerSecond must be a number from 0.01 to 100, not “fast”.")]
    [InlineData("--Hosting:ShutdownTimeoutSeconds=-1", "Hosting:ShutdownTimeoutSeconds must be a whole number from 1 to 3600, not -1.")]
    [InlineData("--Telegram:Mode=push", "Telegram:Mode must be polling or webhook, not “push”.")]
    [InlineData("--Storage:Provider=mysql", "Storage:Provider must be sqlite or postgres, not “mysql”.")]
    [InlineData("--Telegram:Sender:LeaseSeconds=1", "Telegram:Sender:LeaseSeconds must be a whole number from 3 to 300, not 1.")]
    [InlineData("--Telegram:Webhook:MaxBodyKilobytes=0", "Telegram:Webhook:MaxBodyKilobytes must be a whole number from 1 to 10240, not 0.")]
    public async Task BotMode_WrongSetting_OneSentenceNamingTheKey_ExitTwo(string setting, string sentence)
    {
        var (code, output, error) = await Run(["--Telegram:BotToken=123456:ABCDEFGHIJKLMNOP", "--Telegram:ApiBaseUrl=http://127.0.0.1:9", setting]);

        Assert.Equal(2, code);
        Assert.Equal($"Configuration error: {sentence}", error.Trim());
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("--Digest:DefaultTime=25:00", "Digest:DefaultTime must be a 24-hour time like 09:00, not “25:00”.")]
    [InlineData("--Digest:DefaultTimeZone=Mars/Olympus", "Digest:DefaultTimeZone must be an IANA time zone like Asia/Shanghai, not “Mars/Olympus”.")]
    [InlineData("--Storage:DatabasePath= ", "Storage:DatabasePath must not be empty.")]
    public async Task TerminalMode_ChecksTheSettingsItUses(string setting, string sentence)
    {
        var (code, _, error) = await Run([setting, "ask", "dingtalk"]);

        Assert.Equal(2, code);
        Assert.Equal($"Configuration error: {sentence}", error.Trim());
    }

    [Fact]
    public async Task WebhookMode_WithoutUrlAndSecret_SaysWhatEachMustBe()
    {
        var (code, _, error) = await Run(["--Telegram:BotToken=123456:ABCDEFGHIJKLMNOP", "--Telegram:Mode=webhook", "--Telegram:Webhook:SecretToken=has space"]);

        Assert.Equal(2, code);
        Assert.Contains("Configuration error: Telegram:Webhook:Url must be the public https address Telegram posts updates to", error, StringComparison.Ordinal);
        Assert.Contains("Configuration error: Telegram:Webhook:SecretToken must be 1 to 256 characters", error, StringComparison.Ordinal);
        Assert.DoesNotContain("has space", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Storage:ConnectionString is empty")]
    [InlineData("Database=krbot;Password=hunter2secret", "Storage:ConnectionString names no Host")]
    [InlineData("Host=db;Nonsense Key=1;Password=hunter2secret", "Storage:ConnectionString is not a PostgreSQL connection string Npgsql can read")]
    public async Task Postgres_WrongConnectionString_SaysSoWithoutRepeatingIt(string connectionString, string sentence)
    {
        var (code, _, error) = await Run(["--Telegram:BotToken=123456:ABCDEFGHIJKLMNOP", "--Storage:Provider=postgres", $"--Storage:ConnectionString={connectionString}"]);

        Assert.Equal(2, code);
        Assert.StartsWith($"Configuration error: {sentence}", error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCheck_SaysWhatItChecks()
    {
        var (code, _, error) = await Run(["--Telegram:BotToken=123456:FAKEfake"]);

        Assert.Equal(2, code);
        Assert.Contains("at least 3 digits, a colon, then at least 10 letters, digits, _ or -", error, StringComparison.Ordinal);
        Assert.DoesNotContain("FAKEfake", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SummaryGoesWithTheProblems_OnStandardOutput()
    {
        var missing = Path.Combine(Path.GetTempPath(), "krbot-tests", "no-such-fact-base");

        var (code, output, error) = await Run(["validate", missing]);

        Assert.Equal(1, code);
        Assert.EndsWith($"1 problem(s) in {missing}.", output.Trim(), StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Chat_PipedInput_GetsAnswersWithoutPromptNoise()
    {
        var (_, output, _) = await Run(["chat"], "/lark\n");

        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
        Assert.Contains("Lark belongs to ByteDance.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputThatCannotBeWritten_IsReportedAsThat_ExitOne()
    {
        using var stderr = new StringWriter();

        var code = await KrBotCli.RunAsync(["--help"], new StringReader(""), new GuardedWriter(new FullDiskWriter()), stderr, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Equal("Could not write to standard output: No space left on device", stderr.ToString().Trim());
    }

    private sealed class FullDiskWriter : StringWriter
    {
        public override Task WriteLineAsync(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }

    internal static async Task<(int Code, string Output, string Error)> Run(string[] args, string input = "")
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await KrBotCli.RunAsync(args, stdin, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
