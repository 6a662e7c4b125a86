namespace Vigil.Server.Contracts;

/// <summary>A bulk import, run as a background job: either <see cref="Subjects"/> (the API's own subject shape), or
/// <see cref="Content"/> holding an applicant file in the CLI's format (<see cref="Format"/> <c>jsonl</c> or
/// <c>csv</c>, docs/formats.md). Files are usually sent as the raw body instead (<c>Content-Type: text/csv</c> or
/// <c>application/x-ndjson</c>); the server stores them in this shape.</summary>
public sealed record ImportRequest(List<CreateSubjectRequest>? Subjects, string? Format = null, string? Content = null);
