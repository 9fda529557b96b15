using BenchmarkDotNet.Running;
using LessonStudy.Benchmarks.SideBySide;

// Two ways in:
//   dotnet run -c Release --project tests/LessonStudy.Benchmarks -- sidebyside [--runs N] [--only NAME]
//       runs the traces on yjs (Node, tests/oracle/bench.mjs) and on the engine in one run and prints ratios;
//   dotnet run -c Release --project tests/LessonStudy.Benchmarks -- bdn [BenchmarkDotNet arguments]
//       the BenchmarkDotNet suite (statistics, allocations) for the engine alone.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(SideBySideHarness).Assembly).Run(args[1..]);
    return 0;
}

return SideBySideHarness.Run(args.Length > 0 && args[0] == "sidebyside" ? args[1..] : args);
