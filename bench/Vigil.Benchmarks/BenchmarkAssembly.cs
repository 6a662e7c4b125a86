namespace Vigil.Benchmarks;

/// <summary>Marker for <c>BenchmarkSwitcher</c>: every public benchmark class in this assembly is offered.</summary>
public static class BenchmarkAssembly;
