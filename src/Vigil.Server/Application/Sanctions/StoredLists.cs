using Vigil.Screening.Lists;
using Vigil.Storage.Lists;

namespace Vigil.Server.Application.Sanctions;

/// <summary>The current stored list version with its entries and their content hashes.</summary>
public sealed record StoredLists(ListVersionRecord Version, IReadOnlyList<ListEntry> Entries, IReadOnlyDictionary<string, string> Hashes);
