namespace Vigil.Core.Detection;

/// <summary>
/// What one detector concluded about one subject, with the published indicator it implements and the evidence.
/// Every score decomposes into findings, so every alert traces to an indicator of
/// <c>shared/docs/indicators.md</c>.
/// </summary>
/// <param name="DetectorId">Stable detector name, e.g. <c>shared-payout-account</c>.</param>
/// <param name="IndicatorId">The indicator id it implements, e.g. <c>PAY-05</c>.</param>
/// <param name="Weight">Points this finding contributes before the scorer's caps, in [0, 100].</param>
/// <param name="Summary">One sentence an analyst reads in the queue.</param>
/// <param name="Evidence">The facts, each checkable.</param>
/// <param name="RelatedSubjects">Other subjects involved (sharing an identifier, in the same laptop farm).</param>
public sealed record Finding(
    string DetectorId,
    string IndicatorId,
    double Weight,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Guid> RelatedSubjects)
{
    public Finding(string detectorId, string indicatorId, double weight, string summary, params Evidence[] evidence)
        : this(detectorId, indicatorId, weight, summary, evidence, []) { }
}
