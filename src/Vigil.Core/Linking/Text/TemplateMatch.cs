namespace Vigil.Core.Linking.Text;

/// <summary>A known template that a text matches.</summary>
/// <param name="Name">The template's name as registered.</param>
/// <param name="Jaccard">Exact Jaccard similarity of the shingle sets.</param>
public readonly record struct TemplateMatch(string Name, double Jaccard);
