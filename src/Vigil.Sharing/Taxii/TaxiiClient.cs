using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Serialization;

namespace Vigil.Sharing.Taxii;

/// <summary>
/// TAXII 2.1 client for one API root. Pages with <c>next</c>, sending the original filters with it; when a server
/// says <c>more</c> without a <c>next</c>, continues with <c>added_after</c> = the page's
/// <c>X-TAXII-Date-Added-Last</c>, never an object's <c>modified</c> (the interoperability traps of peers.md §3.1).
/// Objects stream from each response, so a page of any size uses bounded memory.
/// </summary>
public sealed class TaxiiClient
{
    private readonly HttpClient _http;

    /// <param name="http">The caller owns it; the client sets nothing on it.</param>
    /// <param name="apiRoot">API root URL (ending in '/'), e.g. <c>https://peer/taxii2/vigil/</c>.</param>
    /// <param name="authorization">Authorization header value, e.g. <c>Bearer TOKEN</c> or <c>Basic base64</c>.</param>
    public TaxiiClient(HttpClient http, Uri apiRoot, AuthenticationHeaderValue? authorization)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        ArgumentNullException.ThrowIfNull(apiRoot);
        ApiRoot = apiRoot.AbsoluteUri.EndsWith('/') ? apiRoot : new Uri(apiRoot.AbsoluteUri + "/");
        Authorization = authorization;
    }

    public Uri ApiRoot { get; private set; }

    public AuthenticationHeaderValue? Authorization { get; }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>When <see cref="ApiRoot"/> is a discovery URL, follows it to the default API root.</summary>
    public async Task ResolveApiRootAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, ApiRoot, null, cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (doc.RootElement.TryGetProperty("api_roots", out var roots))
        {
            var target = doc.RootElement.TryGetProperty("default", out var d) && d.GetString() is { } def ? def : roots.EnumerateArray().Select(r => r.GetString()).FirstOrDefault();
            if (target is null)
            {
                throw new TaxiiClientException($"{ApiRoot} lists no API root");
            }
            var uri = new Uri(ApiRoot, target);
            ApiRoot = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }
        else if (!doc.RootElement.TryGetProperty("versions", out _))
        {
            throw new TaxiiClientException($"{ApiRoot} is neither a TAXII discovery nor an API root");
        }
    }

    /// <summary>Every object of a collection added after <paramref name="addedAfter"/>, page by page.</summary>
    public async IAsyncEnumerable<StixReadResult> GetObjectsAsync(
        string collectionId, string? addedAfter = null, int pageSize = 1000, Action<TaxiiPullResult>? completed = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collectionId);
        string? next = null;
        var after = addedAfter;
        var pages = 0;
        var count = 0;
        string? lastAdded = addedAfter;
        var errors = new List<StixParseError>();
        while (true)
        {
            var query = new StringBuilder($"collections/{Uri.EscapeDataString(collectionId)}/objects/?limit={pageSize}");
            if (after is not null)
            {
                query.Append("&added_after=").Append(Uri.EscapeDataString(after));
            }
            if (next is not null)
            {
                query.Append("&next=").Append(Uri.EscapeDataString(next));
            }
            using var response = await SendAsync(HttpMethod.Get, new Uri(ApiRoot, query.ToString()), null, cancellationToken).ConfigureAwait(false);
            pages++;
            var pageLast = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.FirstOrDefault() : null;
            var reader = new StixBundleReader();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var item in reader.ReadObjectsAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                if (item.Error is not null)
                {
                    errors.Add(item.Error);
                }
                else
                {
                    count++;
                }
                yield return item;
            }
            lastAdded = pageLast ?? lastAdded;
            if (reader.More != true)
            {
                break;
            }
            if (reader.Next is { Length: > 0 } n)
            {
                next = n;
            }
            else if (pageLast is not null && pageLast != after)
            {
                next = null;
                after = pageLast;
            }
            else
            {
                throw new TaxiiClientException("The server says more=true but gives neither next nor X-TAXII-Date-Added-Last");
            }
        }
        completed?.Invoke(new TaxiiPullResult(pages, count, errors, lastAdded));
    }

    /// <summary>Posts objects in envelopes of at most <paramref name="batchSize"/>; returns each status.</summary>
    public async Task<List<TaxiiStatus>> AddObjectsAsync(string collectionId, IEnumerable<StixObject> objects, int batchSize = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var statuses = new List<TaxiiStatus>();
        foreach (var batch in objects.Chunk(batchSize))
        {
            var body = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(body, StixBundleWriter.WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("objects");
                foreach (var o in batch)
                {
                    JsonSerializer.Serialize(writer, o, StixJsonContext.Default.StixObject);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            var content = new ByteArrayContent(body.ToArray());
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
            using var response = await SendAsync(HttpMethod.Post, new Uri(ApiRoot, $"collections/{Uri.EscapeDataString(collectionId)}/objects/"), content, cancellationToken).ConfigureAwait(false);
            var status = await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
                TaxiiJsonContext.Default.TaxiiStatus, cancellationToken).ConfigureAwait(false);
            statuses.Add(status ?? throw new TaxiiClientException("The server returned no status resource"));
        }
        return statuses;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        request.Headers.Authorization = Authorization;
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            response.Dispose();
            throw new TaxiiClientException($"{method} {uri} returned {code}: {(body.Length > 300 ? body[..300] : body)}", code);
        }
        return response;
    }
}
