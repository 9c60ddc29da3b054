using BenchmarkDotNet.Running;
using KrBot.Benchmarks;

// See docs/benchmarks.md. `accuracy` prints the accuracy comparison; anything else goes to BenchmarkDotNet:
//   dotnet run -c Release --project tests/KrBot.Benchmarks -- --filter '*AnsweringBenchmarks*'
if (args is ["accuracy"])
{
    AccuracyReport.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnsweringBenchmarks).Assembly).Run(args);
