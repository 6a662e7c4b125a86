using System.Globalization;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>
/// The applicant's name (with date of birth and country as supporting features) or a wallet matches a sanctions
/// designation: SAN-01, and PAY-10 for an OFAC-listed wallet address. A wallet match is exact and weighs most; a
/// name match needs the engine's score to clear <see cref="ScreeningOptions.SanctionsMinScore"/>.
/// </summary>
public sealed class SanctionsDetector : IApplicantDetector
{
    public const double WalletWeight = 90;
    public const double NameWeight = 60;

    public string Id => "sanctions";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var screen = context.References.Sanctions;
        if (screen is null)
        {
            yield break;
        }
        var wallets = subject.IdentifiersOf(IdentifierKind.CryptoWallet).Select(w => w.Value).ToList();
        var matches = screen.Screen(new SanctionsQuery(subject.FullName, subject.ClaimedCountry, subject.DateOfBirth, wallets)
        {
            SubjectId = subject.Id,
            Emails = subject.IdentifiersOf(IdentifierKind.Email).Select(i => i.Value).ToList(),
            Phones = subject.IdentifiersOf(IdentifierKind.Phone).Select(i => i.Value).ToList(),
            DocumentIds = subject.IdentifiersOf(IdentifierKind.DocumentNumber).Select(i => i.Value).ToList(),
        });
        foreach (var m in matches)
        {
            var wallet = m.IsIdentifierMatch;
            if (!wallet && m.Score < context.Options.SanctionsMinScore)
            {
                continue;
            }
            yield return new Finding(
                wallet ? "sanctions-wallet" : "sanctions-name",
                wallet ? IndicatorIds.Pay10SanctionedWallet : IndicatorIds.San01Sanctions,
                wallet ? WalletWeight : NameWeight * m.Score,
                string.Create(CultureInfo.InvariantCulture,
                    $"{(wallet ? "Wallet" : "Name")} matches {m.ListId} entry {m.EntryId} '{m.EntryName}'{ProgramsText(m)} (score {m.Score:0.00})"),
                [
                    .. m.Programs.Count > 0 ? [new Evidence("programs", string.Join(", ", m.Programs), $"{m.ListId}:{m.EntryId}")] : Array.Empty<Evidence>(),
                    .. m.Features.Select(f => new Evidence("matched feature", f, $"{m.ListId}:{m.EntryId}")),
                ],
                []);
        }
    }

    private static string ProgramsText(SanctionsMatch m) => m.Programs.Count == 0 ? "" : " [" + string.Join(", ", m.Programs) + "]";
}
