using System.Diagnostics.Metrics;

namespace Vigil.Server.Hosting;

/// <summary>Vigil's own instruments (meter <c>Vigil.Server</c>); ASP.NET Core's request metrics come from its
/// built-in <c>Microsoft.AspNetCore.Hosting</c> meter.</summary>
public sealed class VigilMetrics : IDisposable
{
    public const string MeterName = "Vigil.Server";
    private readonly Meter _meter;

    public VigilMetrics(IMeterFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _meter = factory.Create(MeterName);
        SubjectsIngested = _meter.CreateCounter<long>("vigil.ingest.subjects", "{subject}", "Subjects written by import jobs and the API.");
        EventsIngested = _meter.CreateCounter<long>("vigil.ingest.events", "{event}", "Events ingested.");
        ScreeningDuration = _meter.CreateHistogram<double>("vigil.screening.duration", "ms", "Time to screen one applicant.");
        AnalystActions = _meter.CreateCounter<long>("vigil.analyst.actions", "{action}", "Audited analyst actions.");
    }

    public Counter<long> SubjectsIngested { get; }
    public Counter<long> EventsIngested { get; }
    public Histogram<double> ScreeningDuration { get; }
    public Counter<long> AnalystActions { get; }

    public void Dispose() => _meter.Dispose();
}
