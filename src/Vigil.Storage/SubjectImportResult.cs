namespace Vigil.Storage;

/// <summary>What an upsert of subjects did.</summary>
public sealed record SubjectImportResult(int Added, int Updated, int Unchanged)
{
    public int Total => Added + Updated + Unchanged;

    public SubjectImportResult Plus(SubjectImportResult other) =>
        new(Added + other.Added, Updated + other.Updated, Unchanged + other.Unchanged);
}
