using System.Buffers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;

namespace Vigil.Server.Json;

/// <summary>A 200 with a source-generated JSON contract, serialized synchronously into a per-thread buffer and written
/// with its Content-Length in one piece.</summary>
/// <remarks>For the hottest reads (alert paging): <c>TypedResults.Ok</c> serializes asynchronously through the HTTP
/// JSON options, which puts the generated contract behind the reflection-shaped metadata path, and answers chunked.
/// Serializing with the context's own options uses the generated fast path; the body is the same JSON.</remarks>
public sealed class Utf8JsonResult<T>(T value, JsonTypeInfo<T> typeInfo) : IResult, IStatusCodeHttpResult, IValueHttpResult,
    IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public T Value => value;

    object? IValueHttpResult.Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, typeInfo);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenCount;
        // Copied into the response pipe before any await, so the thread's buffer is free again when this returns.
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > 1024 * 1024)
        {
            t_buffer = null;
            t_writer = null;
        }
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
