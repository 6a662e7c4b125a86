using Vigil.Core.Model;

namespace Vigil.Ingest.Applicants;

/// <summary>An applicant normalized for storage: the subject with its canonical identifiers and documents, and the
/// events the record implies (the application itself, platform reviews).</summary>
public sealed record MappedApplicant(Subject Subject, IReadOnlyList<ActivityEvent> Events);
