namespace Vigil.Server.Application.Sharing;

/// <summary>Counts of one import or pull.</summary>
public sealed record ShareImportReport(string Source, int Read, int Added, int Duplicates, int Skipped, IReadOnlyList<string> Errors);
