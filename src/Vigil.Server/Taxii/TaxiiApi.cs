using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Primitives;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Taxii;
using Vigil.Storage;

namespace Vigil.Server.Taxii;

/// <summary>
/// The TAXII 2.1 server (OASIS TAXII 2.1 §4–5; the endpoint list of medallion): discovery, API root, status,
/// collections, objects (GET with added_after/limit/next/match[...], POST), object by id (GET, DELETE), versions and
/// manifest. Every response is <c>application/taxii+json;version=2.1</c>; other Accept values get 406, other
/// request bodies 415, bodies over <see cref="TaxiiOptions.MaxContentLength"/> 413; missing or wrong credentials
/// 401, missing rights on a collection 403.
/// </summary>
public static class TaxiiApi
{
    private const string PrincipalKey = "vigil.taxii.principal";

    public static IEndpointRouteBuilder MapTaxiiApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection("Taxii").Get<TaxiiOptions>() ?? new TaxiiOptions();
        var database = services.GetService<VigilDatabase>() ?? new VigilDatabase(StorageFrom(configuration));
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var store = new TaxiiStore(database, options, time);
        var auth = services.GetService<ITaxiiAuthenticator>() ?? new ConfiguredTaxiiAuthenticator(options);
        var root = $"/taxii2/{options.ApiRoot}";

        var group = endpoints.MapGroup("/taxii2").WithTags("TAXII 2.1");
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!TaxiiMediaTypes.AcceptsTaxii(http.Request.Headers.Accept.ToString()))
            {
                return Error(406, "Not Acceptable", $"Accept must allow {TaxiiMediaTypes.Taxii21}");
            }
            var principal = auth.Authenticate(http.Request.Headers.Authorization.ToString());
            if (principal is null)
            {
                http.Response.Headers.WWWAuthenticate = new StringValues(["Basic realm=\"taxii\"", "Bearer realm=\"taxii\""]);
                return Error(401, "Unauthorized", "Basic or Bearer credentials of a partner organization are required");
            }
            http.Items[PrincipalKey] = principal;
            return await next(context);
        });

        group.MapGet("/", () => Resource(new TaxiiDiscovery(options.Title, options.Description, options.Contact, root + "/", [root + "/"]), TaxiiJsonContext.Default.TaxiiDiscovery))
            .WithName("TaxiiDiscovery");
        var api = group.MapGroup("/" + options.ApiRoot);
        api.MapGet("/", () => Resource(new TaxiiApiRoot(options.Title, options.Description, [TaxiiMediaTypes.Taxii21], options.MaxContentLength), TaxiiJsonContext.Default.TaxiiApiRoot))
            .WithName("TaxiiApiRoot");
        api.MapGet("/status/{statusId}/", async (string statusId, HttpContext http, CancellationToken ct) =>
        {
            var found = await store.StatusAsync(statusId, ct);
            if (found is not { } s || !Principal(http).CanWrite(s.CollectionId) && !Principal(http).CanRead(s.CollectionId))
            {
                return Error(404, "Not Found", "No such status");
            }
            return Resource(s.Status, TaxiiJsonContext.Default.TaxiiStatus);
        }).WithName("TaxiiStatus");
        api.MapGet("/collections/", async (HttpContext http, CancellationToken ct) =>
        {
            var p = Principal(http);
            var list = (await store.CollectionsAsync(ct)).Where(c => p.CanRead(c.Id) || p.CanWrite(c.Id)).Select(c => ToResource(c, p)).ToList();
            return Resource(new TaxiiCollections(list.Count == 0 ? null : list), TaxiiJsonContext.Default.TaxiiCollections);
        }).WithName("TaxiiCollections");
        api.MapGet("/collections/{id}/", async (string id, HttpContext http, CancellationToken ct) =>
        {
            var p = Principal(http);
            var c = await store.CollectionAsync(id, ct);
            return c is null || !(p.CanRead(id) || p.CanWrite(id))
                ? Error(404, "Not Found", $"No collection {id}")
                : Resource(ToResource(c, p), TaxiiJsonContext.Default.TaxiiCollection);
        }).WithName("TaxiiCollection");
        api.MapGet("/collections/{id}/objects/", (string id, HttpContext http, CancellationToken ct) =>
            GetObjectsAsync(store, options, id, null, http, ct)).WithName("TaxiiGetObjects");
        api.MapGet("/collections/{id}/objects/{objectId}/", (string id, string objectId, HttpContext http, CancellationToken ct) =>
            GetObjectsAsync(store, options, id, objectId, http, ct)).WithName("TaxiiGetObject");
        api.MapGet("/collections/{id}/manifest/", (string id, HttpContext http, CancellationToken ct) =>
            GetManifestAsync(store, options, id, http, ct)).WithName("TaxiiManifest");
        api.MapGet("/collections/{id}/objects/{objectId}/versions/", (string id, string objectId, HttpContext http, CancellationToken ct) =>
            GetVersionsAsync(store, options, id, objectId, http, ct)).WithName("TaxiiVersions");
        api.MapPost("/collections/{id}/objects/", (string id, HttpContext http, CancellationToken ct) =>
            AddObjectsAsync(store, options, time, id, http, ct)).WithName("TaxiiAddObjects")
            // The API root advertises max_content_length, so the server-wide body cap must not be lower; the handler
            // answers 413 itself (with a TAXII error) up to twice the limit, the middleware above that.
            .WithMetadata(new Hosting.BodySizeLimit(checked(options.MaxContentLength * 2)));
        api.MapDelete("/collections/{id}/objects/{objectId}/", async (string id, string objectId, HttpContext http, CancellationToken ct) =>
        {
            var (problem, _) = await CheckCollectionAsync(store, id, http, write: true, ct);
            if (problem is not null)
            {
                return problem;
            }
            if (!TryParseQuery(http.Request.Query, options, out var query, out var error))
            {
                return Error(400, "Bad Request", error);
            }
            var deleted = await store.DeleteAsync(id, objectId, query with { VersionAll = !http.Request.Query.ContainsKey("match[version]") || query.VersionAll }, ct);
            return deleted == 0 ? Error(404, "Not Found", $"No object {objectId}") : new TaxiiResult([], 200);
        }).WithName("TaxiiDeleteObject");
        return endpoints;
    }

    private static StorageOptions StorageFrom(IConfiguration configuration)
    {
        var pg = configuration["Vigil:Storage:PostgresConnectionString"] ?? configuration["Storage:PostgresConnectionString"];
        if (!string.IsNullOrWhiteSpace(pg))
        {
            return StorageOptions.ForPostgres(pg);
        }
        var home = Environment.GetEnvironmentVariable("VIGIL_HOME") is { Length: > 0 } h ? h : Path.GetFullPath(".vigil");
        return StorageOptions.ForSqlite(configuration["Vigil:Storage:SqlitePath"] ?? configuration["Storage:SqlitePath"] ?? Path.Combine(home, "vigil.db"));
    }

    private static TaxiiPrincipal Principal(HttpContext http) => (TaxiiPrincipal)http.Items[PrincipalKey]!;

    private static TaxiiCollection ToResource(Storage.Sharing.TaxiiCollectionRecord c, TaxiiPrincipal p) =>
        new(c.Id, c.Title, c.Description, c.Alias, p.CanRead(c.Id), p.CanWrite(c.Id), [TaxiiMediaTypes.Stix21]);

    private static async Task<(IResult? Problem, Storage.Sharing.TaxiiCollectionRecord? Collection)> CheckCollectionAsync(
        TaxiiStore store, string id, HttpContext http, bool write, CancellationToken ct)
    {
        var p = Principal(http);
        var c = await store.CollectionAsync(id, ct);
        if (c is null || !(p.CanRead(id) || p.CanWrite(id)))
        {
            return (Error(404, "Not Found", $"No collection {id}"), null);
        }
        if (write ? !p.CanWrite(id) : !p.CanRead(id))
        {
            return (Error(403, "Forbidden", $"{p.Partner} may not {(write ? "write to" : "read")} collection {id}"), null);
        }
        return (null, c);
    }

    private static async Task<IResult> GetObjectsAsync(TaxiiStore store, TaxiiOptions options, string id, string? objectId, HttpContext http, CancellationToken ct)
    {
        var (problem, _) = await CheckCollectionAsync(store, id, http, write: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (!TryParseQuery(http.Request.Query, options, out var query, out var error))
        {
            return Error(400, "Bad Request", error);
        }
        var rows = await store.QueryAsync(id, objectId, query, ct);
        if (objectId is not null && rows.Count == 0)
        {
            return Error(404, "Not Found", $"No object {objectId} matches");
        }
        var more = rows.Count > query.Limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        SetDateHeaders(http, rows.Count == 0 ? null : rows[0].DateAddedUs, rows.Count == 0 ? null : rows[^1].DateAddedUs);
        var buffer = new ArrayBufferWriter<byte>(rows.Sum(r => r.Json.Length) + 256);
        using (var w = new Utf8JsonWriter(buffer, StixBundleWriter.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("more"u8, more);
            if (more)
            {
                w.WriteString("next"u8, rows[^1].DateAddedUs.ToString(CultureInfo.InvariantCulture));
            }
            if (rows.Count > 0)
            {
                w.WriteStartArray("objects"u8);
                foreach (var r in rows)
                {
                    w.WriteRawValue(r.Json, skipInputValidation: true);
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Results.Bytes(buffer.WrittenMemory, TaxiiMediaTypes.Taxii21);
    }

    private static async Task<IResult> GetManifestAsync(TaxiiStore store, TaxiiOptions options, string id, HttpContext http, CancellationToken ct)
    {
        var (problem, _) = await CheckCollectionAsync(store, id, http, write: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (!TryParseQuery(http.Request.Query, options, out var query, out var error))
        {
            return Error(400, "Bad Request", error);
        }
        var rows = await store.QueryAsync(id, null, query, ct);
        var more = rows.Count > query.Limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        SetDateHeaders(http, rows.Count == 0 ? null : rows[0].DateAddedUs, rows.Count == 0 ? null : rows[^1].DateAddedUs);
        var records = rows.Select(r => new TaxiiManifestRecord(r.StixId, TaxiiTime.Format(r.DateAddedUs), r.Version, TaxiiMediaTypes.Stix21)).ToList();
        return Resource(new TaxiiManifest(more, records.Count == 0 ? null : records), TaxiiJsonContext.Default.TaxiiManifest);
    }

    private static async Task<IResult> GetVersionsAsync(TaxiiStore store, TaxiiOptions options, string id, string objectId, HttpContext http, CancellationToken ct)
    {
        var (problem, _) = await CheckCollectionAsync(store, id, http, write: false, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (!TryParseQuery(http.Request.Query, options, out var query, out var error))
        {
            return Error(400, "Bad Request", error);
        }
        var rows = await store.QueryAsync(id, objectId, query with { VersionAll = true }, ct);
        if (rows.Count == 0)
        {
            return Error(404, "Not Found", $"No object {objectId}");
        }
        var more = rows.Count > query.Limit;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        SetDateHeaders(http, rows[0].DateAddedUs, rows[^1].DateAddedUs);
        var versions = rows.OrderBy(r => r.VersionUs).Select(r => r.Version).ToList();
        return Resource(new TaxiiVersions(more, versions), TaxiiJsonContext.Default.TaxiiVersions);
    }

    private static async Task<IResult> AddObjectsAsync(TaxiiStore store, TaxiiOptions options, TimeProvider time, string id, HttpContext http, CancellationToken ct)
    {
        var (problem, _) = await CheckCollectionAsync(store, id, http, write: true, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (!TaxiiMediaTypes.IsTaxii21(http.Request.ContentType))
        {
            return Error(415, "Unsupported Media Type", $"Content-Type must be {TaxiiMediaTypes.Taxii21}");
        }
        if (http.Request.ContentLength > options.MaxContentLength)
        {
            return Error(413, "Payload Too Large", $"The body exceeds max_content_length {options.MaxContentLength}");
        }
        var requestUs = TaxiiTime.ToMicros(time.GetUtcNow());
        var body = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (body.Length + n > options.MaxContentLength)
            {
                return Error(413, "Payload Too Large", $"The body exceeds max_content_length {options.MaxContentLength}");
            }
            body.Write(chunk, 0, n);
        }
        var reader = new StixBundleReader();
        var items = reader.ReadAll(body.GetBuffer().AsSpan(0, (int)body.Length));
        // A broken envelope (bad JSON syntax, not an object) rejects the whole request; a bad object inside a good
        // envelope is only that object's failure in the status.
        if (items.FirstOrDefault(i => i.Index < 0) is { Error: { } envelopeError })
        {
            return Error(422, "Unprocessable Entity", envelopeError.ToString());
        }
        var result = await store.AddAsync(id, items, ct, Principal(http).Partner);
        var status = await store.SaveStatusAsync(id, requestUs, result, ct);
        return Resource(status, TaxiiJsonContext.Default.TaxiiStatus, 202);
    }

    /// <summary>Parses the filters; false with a message for a bad value (400).</summary>
    internal static bool TryParseQuery(IQueryCollection q, TaxiiOptions options, out TaxiiQuery query, out string error)
    {
        query = new TaxiiQuery { Limit = options.DefaultPageSize };
        error = "";
        if (q.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit <= 0)
            {
                error = $"limit '{limitText}' is not a positive integer";
                return false;
            }
            query = query with { Limit = Math.Min(limit, options.MaxPageSize) };
        }
        if (q.TryGetValue("added_after", out var afterText))
        {
            if (!StixTimestamp.TryParse(afterText.ToString(), out var after))
            {
                error = $"added_after '{afterText}' is not a timestamp";
                return false;
            }
            query = query with { AddedAfterUs = TaxiiTime.ToMicros(after) };
        }
        if (q.TryGetValue("next", out var nextText))
        {
            if (!long.TryParse(nextText, NumberStyles.None, CultureInfo.InvariantCulture, out var next))
            {
                error = $"next '{nextText}' is not a value this server issued";
                return false;
            }
            query = query with { NextUs = next };
        }
        query = query with
        {
            Ids = Split(q, "match[id]"),
            Types = Split(q, "match[type]"),
            SpecVersions = Split(q, "match[spec_version]"),
        };
        var versions = Split(q, "match[version]");
        if (versions.Count > 0)
        {
            var exact = new List<long>();
            bool first = false, last = false, all = false;
            foreach (var v in versions)
            {
                switch (v)
                {
                    case "first":
                        first = true;
                        break;
                    case "last":
                        last = true;
                        break;
                    case "all":
                        all = true;
                        break;
                    default:
                        if (!StixTimestamp.TryParse(v, out var ts))
                        {
                            error = $"match[version] '{v}' is not first, last, all or a timestamp";
                            return false;
                        }
                        exact.Add(TaxiiTime.ToMicros(ts));
                        break;
                }
            }
            query = query with { VersionFirst = first, VersionLast = last, VersionAll = all, VersionsUs = exact };
        }
        return true;
    }

    private static List<string> Split(IQueryCollection q, string key) =>
        q.TryGetValue(key, out var values)
            ? [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))]
            : [];

    private static void SetDateHeaders(HttpContext http, long? first, long? last)
    {
        if (first is { } f && last is { } l)
        {
            http.Response.Headers["X-TAXII-Date-Added-First"] = TaxiiTime.Format(f);
            http.Response.Headers["X-TAXII-Date-Added-Last"] = TaxiiTime.Format(l);
        }
    }

    private static IResult Resource<T>(T value, JsonTypeInfo<T> info, int status = 200) =>
        new TaxiiResult(JsonSerializer.SerializeToUtf8Bytes(value, info), status);

    private static IResult Error(int status, string title, string description) =>
        Resource(new TaxiiError(title, description, status.ToString(CultureInfo.InvariantCulture)), TaxiiJsonContext.Default.TaxiiError, status);
}
