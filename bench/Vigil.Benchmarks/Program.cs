using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Vigil.Benchmarks.BenchmarkAssembly).Assembly).Run(args);
