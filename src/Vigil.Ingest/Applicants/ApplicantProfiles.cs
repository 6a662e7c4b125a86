namespace Vigil.Ingest.Applicants;

/// <summary>Online profiles as given: GitHub handle or URL, LinkedIn URL, portfolio URL.</summary>
public sealed record ApplicantProfiles(string? GitHub, string? LinkedIn, string? Portfolio)
{
    public static ApplicantProfiles Empty { get; } = new(null, null, null);

    public bool IsEmpty => GitHub is null && LinkedIn is null && Portfolio is null;
}
