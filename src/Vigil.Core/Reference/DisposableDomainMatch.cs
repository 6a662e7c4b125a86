namespace Vigil.Core.Reference;

/// <summary>Why a domain counts as disposable (COM-01, COM-06).</summary>
/// <param name="Domain">The domain asked about.</param>
/// <param name="ListedDomain">The list entry that matched: the domain itself or a parent (<c>mailinator.com</c> for
/// <c>eu.mailinator.com</c>).</param>
/// <param name="Sources">Lists holding the entry, e.g. <c>npm:disposable-email-domains</c>, <c>misp:disposable-email</c>.</param>
public sealed record DisposableDomainMatch(string Domain, string ListedDomain, IReadOnlyList<string> Sources);
