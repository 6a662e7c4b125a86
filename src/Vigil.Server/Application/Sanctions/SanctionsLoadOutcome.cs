using Vigil.Screening.Lists;
using Vigil.Storage.Lists;

namespace Vigil.Server.Application.Sanctions;

/// <summary>Result of <see cref="SanctionsListStore.LoadAsync"/>.</summary>
/// <param name="Stored">True when a new version became current.</param>
/// <param name="Unchanged">True when the files hold exactly the current version's content (nothing stored).</param>
/// <param name="Version">The version now current (new, or the unchanged current one); null when refused and nothing is stored.</param>
/// <param name="Loaded">Parse details: entries, row errors, per-file results.</param>
/// <param name="Delta">Added, removed and changed entries against the previous current version.</param>
/// <param name="Rescreen">What re-screening the affected stored subjects did; null when nothing was stored.</param>
public sealed record SanctionsLoadOutcome(bool Stored, bool Unchanged, ListVersionRecord? Version, LoadedLists Loaded, ListDelta Delta, RescreenReport? Rescreen)
{
    /// <summary>Why the load was refused, or null when it was not.</summary>
    public string? RefusedReason => Stored || Unchanged ? null
        : Loaded.AnyFatal ? "a file is unusable: " + string.Join("; ", Loaded.Files.Where(f => f.Fatal).SelectMany(f => f.Errors).Take(3))
        : "no usable entries";
}
