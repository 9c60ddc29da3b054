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
    case ["e2e", .. var rest]:
        await EndToEndHarness.RunAsync(Number(rest, 0, 1000), Number(rest, 1, 5), rest.Length > 2 ? rest[2] : null, Console.Out);
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
