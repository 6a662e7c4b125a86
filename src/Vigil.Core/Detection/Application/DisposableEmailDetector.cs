using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>An email on a disposable / throwaway domain (npm disposable-email-domains, MISP warninglists): COM-06
/// (accounts made in bulk and thrown away) and COM-01 (contacts that keep changing).</summary>
public sealed class DisposableEmailDetector : IApplicantDetector
{
    public const double Weight = 20;

    public string Id => "disposable-email";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var domains = context.References.DisposableEmailDomains;
        if (domains is null)
        {
            yield break;
        }
        foreach (var email in subject.IdentifiersOf(IdentifierKind.Email))
        {
            var at = email.Value.LastIndexOf('@');
            if (at < 0 || at == email.Value.Length - 1)
            {
                continue;
            }
            var domain = email.Value[(at + 1)..];
            if (domains.Match(domain) is not { } match)
            {
                continue;
            }
            var sources = match.Sources.Count > 0 ? " (" + string.Join(", ", match.Sources) + ")" : "";
            yield return new Finding(Id, IndicatorIds.Com06BulkWebmail, Weight,
                $"Email {email.Raw} uses the disposable domain {match.ListedDomain}{sources}",
                new Evidence("disposable email", email.Raw, "list entry " + match.ListedDomain + sources));
        }
    }
}
