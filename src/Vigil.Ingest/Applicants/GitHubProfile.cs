namespace Vigil.Ingest.Applicants;

/// <summary>Facts of the applicant's GitHub account as the GitHub API reported them (GH-01, GH-04).</summary>
public sealed record GitHubProfile(
    DateTimeOffset? CreatedAt,
    DateTimeOffset? FirstCommitAt,
    int? Followers,
    int? Following,
    int? PublicRepos)
{
    public bool IsEmpty => CreatedAt is null && FirstCommitAt is null && Followers is null && Following is null && PublicRepos is null;
}
