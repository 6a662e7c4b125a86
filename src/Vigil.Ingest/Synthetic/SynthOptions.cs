namespace Vigil.Ingest.Synthetic;

/// <summary>Options of <c>vigil synth</c>.</summary>
/// <param name="Applicants">Number of applicants (and freelancers) to write, ≥ 0.</param>
/// <param name="Workers">Number of hired workers with sign-in, endpoint, payroll and shipment logs, ≥ 0.</param>
/// <param name="Seed">Same seed, same bytes.</param>
/// <param name="OutputDirectory">Created if missing; files in it are overwritten.</param>
/// <param name="WritePhotos">False skips photos/ (and the photo paths) for fast runs.</param>
public sealed record SynthOptions(int Applicants, int Workers, ulong Seed, string OutputDirectory, bool WritePhotos = true)
{
    /// <summary>The fixed "now" of every generated population (a Monday): no clock reads, so output is reproducible.</summary>
    public static DateTimeOffset ReferenceDate { get; } = new(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
}
