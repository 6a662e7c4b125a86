using Vigil.Sharing.Taxii;

namespace Vigil.Server.Application.Sharing;

/// <summary>Outcome of one POST of objects.</summary>
public sealed record TaxiiAddResult(List<TaxiiStatusDetail> Successes, List<TaxiiStatusDetail> Failures);
