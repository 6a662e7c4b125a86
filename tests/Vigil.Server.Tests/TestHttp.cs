using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests;

/// <summary>Small helpers for building requests and reading JSON answers.</summary>
internal static class TestHttp
{
    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    public static ByteArrayContent Raw(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Polls a job until it finishes (or 60 s pass) and returns its last state.</summary>
    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, string jobId)
    {
        JsonElement job = default;
        for (var i = 0; i < 600; i++)
        {
            job = await ReadAsync(await client.GetAsync($"/api/jobs/{jobId}"));
            if (job.GetProperty("status").GetString() is "Succeeded" or "Failed")
            {
                break;
            }
            await Task.Delay(100);
        }
        return job;
    }
}
