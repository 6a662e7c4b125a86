using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>The last step both readers share: required fields, then the record or the errors.</summary>
internal static class ApplicantRecordFactory
{
    public static IngestResult<ApplicantRecord> Build(FieldErrors e, string? id, string? name, Func<ApplicantRecord, ApplicantRecord> fill)
    {
        if (id is null && !e.List.Any(x => x.Field == ApplicantFields.Id))
        {
            e.Add(ApplicantFields.Id, IngestErrorMessages.Required);
        }
        if (id is { Length: > 128 })
        {
            e.Add(ApplicantFields.Id, IngestErrorMessages.FieldTooLong(128));
        }
        if (name is null && !e.List.Any(x => x.Field == ApplicantFields.FullName))
        {
            e.Add(ApplicantFields.FullName, IngestErrorMessages.Required);
        }
        if (e.Any)
        {
            return IngestResult<ApplicantRecord>.Fail(e.Line, e.List);
        }
        return IngestResult<ApplicantRecord>.Ok(e.Line, fill(new ApplicantRecord { Id = id!, FullName = name! }));
    }

    /// <summary>Extra fields as compact JSON with keys sorted (recursively), so equal data gives equal text.</summary>
    public static string? SortedJson(JsonObject? extra)
    {
        if (extra is null || extra.Count == 0)
        {
            return null;
        }
        return Sort(extra)!.ToJsonString(ApplicantJsonWriter.JsonOptions);
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    public static JsonObject? ParseExtra(string? json) =>
        json is null ? null : JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) as JsonObject;
}
