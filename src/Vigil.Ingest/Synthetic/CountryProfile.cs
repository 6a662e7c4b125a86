namespace Vigil.Ingest.Synthetic;

/// <summary>Everything country-specific the generator needs: cities, address style, residential IP prefixes,
/// common mail providers, the name cultures of its population (with weights) and universities.</summary>
internal sealed record CountryProfile(
    string Code,
    string Name,
    City[] Cities,
    string[] Streets,
    string[] ResidentialPrefixes,
    string[] MailDomains,
    (NameCulture Culture, int Weight)[] Cultures,
    string[] Universities,
    int Weight);
