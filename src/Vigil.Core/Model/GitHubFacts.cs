namespace Vigil.Core.Model;

/// <summary>Public GitHub profile facts (from the GitHub API) as supplied with an application.</summary>
public sealed record GitHubFacts(
    DateTimeOffset? CreatedAt,
    DateTimeOffset? FirstCommitAt,
    int? Followers,
    int? Following,
    int? PublicRepos);
