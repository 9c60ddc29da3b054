using System.Globalization;
using BenchmarkDotNet.Running;
using KrBot.Benchmarks;
using KrBot.Benchmarks.Harness;

// See docs/benchmarks.md. Harness modes first; anything else goes to BenchmarkDotNet:
//   dotnet run -c Release --project tests/KrBot.Benchmarks -- --filter '*AnsweringBenchmarks*'
switch (args)
{
    case ["accuracy"]:
        AccuracyReport.Print(Console.Out);
        return;
    case ["bare-bot"]:
        // Stopped by being killed (the harness, or Ctrl+C): it holds nothing that needs a clean shutdown.
        await BareTelegramBot.RunAsync(Variable("BOT_TOKEN"), Variable("BOT_API_BASE_URL"), CancellationToken.None);
        return;
    case ["e2e", .. var rest]:
        await EndToEndHarness.RunAsync(Number(rest, 0, 1000), Number(rest, 1, 5), rest.Length > 2 ? rest[2] : null, Console.Out);
        return;
    case ["e2e-compare", .. var rest]:
        await ComparisonHarness.RunAsync(Number(rest, 0, 1000), Number(rest, 1, 5), rest.Length > 2 ? rest[2] : null, Console.Out);
        return;
    case ["scale", .. var rest]:
        ScaleHarness.Run(Number(rest, 0, 100_000), rest.Length > 1 ? rest[1] : null, Console.Out);
        return;
    case ["chart-memory"]:
        await ChartMemoryHarness.RunAsync(Console.Out);
        return;
    case ["replica-digests", .. var rest]:
        await ReplicaDigestHarness.RunAsync(Number(rest, 0, 1000), Number(rest, 1, 5), Number(rest, 2, 3), Console.Out);
        return;
    case ["webhook", .. var rest]:
        await WebhookHarness.RunAsync(Number(rest, 0, 1000), Number(rest, 1, 3), [1, 3], Console.Out);
        return;
    case ["digest-fanout", .. var rest]:
        await DigestFanOutHarness.RunAsync(Number(rest, 0, 10_000), Console.Out);
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnsweringBenchmarks).Assembly).Run(args);
        return;
}

static int Number(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static string Variable(string name) =>
    Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");
