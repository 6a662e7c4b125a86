using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using AwesomeAssertions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary>The operations surface: the OpenTelemetry instruments issue 6 names (requests, screening latency, ingest
/// rate) are really emitted by real calls, and error paths outside the endpoints answer RFC 9457 problem details.</summary>
public sealed class MetricsAndProblemsTests
{
    [Fact]
    public async Task Metrics_requests_screening_latency_and_ingest_are_emitted_by_real_calls()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var client = app.As(app.A.Ingest);
            var factory = app.Services.GetRequiredService<IMeterFactory>();
            var seen = new ConcurrentDictionary<string, double>();
            var counts = new ConcurrentDictionary<string, int>();
            using var listener = new MeterListener();
            // Only this app's meters: other tests in the process run their own servers.
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            void Record(Instrument i, double v)
            {
                seen.AddOrUpdate(i.Name, v, (_, old) => old + v);
                counts.AddOrUpdate(i.Name, 1, (_, old) => old + 1);
            }
            listener.SetMeasurementEventCallback<long>((i, v, _, _) => Record(i, v));
            listener.SetMeasurementEventCallback<double>((i, v, _, _) => Record(i, v));
            listener.Start();

            var screen = await client.PostAsync("/api/screen", JsonBody("""
                {"id":"met-1","full_name":"Dana Reyes","emails":["met-1@example.com"],"resume_text":"Backend engineer, Go and Rust.","claimed_country":"US"}
                """));
            screen.StatusCode.Should().Be(HttpStatusCode.OK);
            var ingest = await client.PostAsync("/api/events?kind=payroll", Raw(File.ReadAllBytes(RepoPaths.Fixture("logs/payroll.csv")), "text/csv"));
            ingest.StatusCode.Should().Be(HttpStatusCode.OK);
            var stored = (await ReadAsync(ingest)).GetProperty("stored").GetInt32();
            stored.Should().BePositive();
            listener.RecordObservableInstruments();
            // Hosting and the latency middleware record when the request ends on the server, which can be just after
            // the client has read the response; wait for them rather than race them.
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while ((counts.GetValueOrDefault("http.server.request.duration") < 2 || counts.GetValueOrDefault("vigil.screening.duration") < 1)
                && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            counts.GetValueOrDefault("vigil.screening.duration").Should().Be(1);
            seen["vigil.screening.duration"].Should().BePositive();
            seen.GetValueOrDefault("vigil.ingest.events").Should().Be(stored);
            counts.GetValueOrDefault("http.server.request.duration").Should().BeGreaterThanOrEqualTo(2);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Problems_unknown_route_and_wrong_method_answer_problem_details()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var client = app.As(app.A.Admin);

            var missing = await client.GetAsync("/api/no-such-thing");
            var wrongMethod = await client.DeleteAsync("/api/alerts");
            var badGuid = await client.GetAsync("/api/alerts/not-a-guid");

            foreach (var (r, status) in new[] { (missing, HttpStatusCode.NotFound), (wrongMethod, HttpStatusCode.MethodNotAllowed), (badGuid, HttpStatusCode.NotFound) })
            {
                r.StatusCode.Should().Be(status);
                r.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
                (await ReadAsync(r)).GetProperty("status").GetInt32().Should().Be((int)status);
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
