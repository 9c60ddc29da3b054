using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/KrBot.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
