using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Vigil.Server.Hosting;

/// <summary>
/// Refuses oversized bodies with 413 before any handler reads them. Kestrel enforces the limit on streamed bodies
/// too (through <see cref="IHttpMaxRequestBodySizeFeature"/>); the Content-Length check also covers hosts that
/// have no such feature (the test server).
/// </summary>
internal sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<VigilServerSettings> settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>()?.Bytes ?? settings.Value.MaxBodyBytes;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(title: "Body too large", detail: $"This endpoint accepts at most {limit} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
