using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace Vigil.Server.Hosting;

/// <summary>Records <c>vigil.screening.duration</c> for every answered applicant screening (<c>POST /api/screen</c>):
/// the time from the endpoint being chosen to the response, which is the screening latency a caller sees minus the
/// network. Kept out of the screening endpoint so the measurement cannot be skipped by one of its return paths.</summary>
public sealed class ScreeningLatencyMiddleware(RequestDelegate next, VigilMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: "/api/screen" })
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            metrics.ScreeningDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
