namespace Vigil.Server.Application.Monitoring;

/// <summary>One labelled group of the synthetic workforce and how monitoring did on it.</summary>
/// <param name="Name">e.g. <c>laptop-farm workers</c>.</param>
/// <param name="Rule">What counts as a hit, e.g. <c>finding NET-10 or NET-02</c> or <c>alert level high</c>.</param>
/// <param name="Subjects">Labelled subjects in the group.</param>
/// <param name="Hits">Subjects for which the rule held.</param>
/// <param name="Rate">Hits / Subjects (recall for planted groups, false-positive rate for benign ones); 0 when empty.</param>
/// <param name="Examples">Up to ten subject ids: the missed ones for planted groups, the flagged ones for benign groups.</param>
public sealed record AccuracyGroup(string Name, string Rule, int Subjects, int Hits, double Rate, IReadOnlyList<string> Examples);
