namespace Vigil.Ingest.Synthetic;

/// <summary>A pool of given and family names of one naming tradition. <see cref="FamilyFirst"/> cultures write the
/// family name first in their own order; the generator still writes "Given Family" for most Latin-script records.</summary>
internal sealed record NameCulture(string Key, string[] Given, string[] Family, bool FamilyFirst = false);
