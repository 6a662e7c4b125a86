namespace Vigil.Server.Contracts;

/// <summary>A bulk import: up to the body limit of subjects, run as a background job.</summary>
public sealed record ImportRequest(List<CreateSubjectRequest>? Subjects);
