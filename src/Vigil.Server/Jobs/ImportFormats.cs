using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;

namespace Vigil.Server.Jobs;

/// <summary>The body forms <c>POST /api/subjects/import</c> accepts, and their validation.</summary>
public static class ImportFormats
{
    public const long MaxBodyBytes = 64L * 1024 * 1024;
    public const int MaxSubjects = 200_000;
    public const string JsonLines = "jsonl";
    public const string Csv = "csv";

    /// <summary>The applicant file format named by <c>?format=</c> or the content type; null for the JSON body.</summary>
    public static string? FromQueryOrContentType(string? query, string? contentType, out ProblemHttpResult? refused)
    {
        refused = null;
        if (!string.IsNullOrWhiteSpace(query))
        {
            var f = Normalize(query);
            if (f is null)
            {
                refused = Problems.BadRequest("format must be jsonl or csv (or leave it out and send JSON).");
            }
            return f;
        }
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        switch (media)
        {
            case "application/json" or "text/json" or "":
                return null;
            case "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" or "application/json-lines":
                return JsonLines;
            case "text/csv" or "application/csv":
                return Csv;
            default:
                refused = TypedResults.Problem(title: "Unsupported media type",
                    detail: $"'{media}' is not accepted: send application/json, application/x-ndjson (applicant JSON Lines) or text/csv (applicant CSV).",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
                return null;
        }
    }

    public static string? Normalize(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "ndjson" or "json-lines" or "jsonlines" => JsonLines,
        "csv" => Csv,
        _ => null,
    };

    /// <summary>Null when the request can be queued, else the problem to answer.</summary>
    public static ValidationProblem? Validate(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null || request.Format is not null)
        {
            if (request.Subjects is not null)
            {
                return Problems.Invalid("subjects", "Give either subjects or an applicant file (format and content), not both.");
            }
            if (Normalize(request.Format) is null)
            {
                return Problems.Invalid("format", "format must be jsonl or csv.");
            }
            if (string.IsNullOrWhiteSpace(request.Content))
            {
                return Problems.Invalid("content", "The applicant file is empty.");
            }
            return null;
        }
        if (request.Subjects is null || request.Subjects.Count == 0)
        {
            return Problems.Invalid("subjects", "Give a non-empty array of subjects, or an applicant file (JSON Lines or CSV).");
        }
        if (request.Subjects.Count > MaxSubjects)
        {
            return Problems.Invalid("subjects", $"At most {MaxSubjects} subjects per job.");
        }
        return null;
    }
}
