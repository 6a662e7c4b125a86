using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection;

/// <summary>Whether two subjects claim different names: sharing an identifier under one name is one person applying
/// twice; under different names it is the multi-persona pattern.</summary>
public static class SubjectNames
{
    public static string Canonical(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var name = subject.Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Name);
        return name?.Value ?? Canonicalizer.Canonicalize(IdentifierKind.Name, subject.FullName).Value;
    }

    public static bool Differ(Subject a, Subject b) => !string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
}
