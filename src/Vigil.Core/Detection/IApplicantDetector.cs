using Vigil.Core.Model;

namespace Vigil.Core.Detection;

/// <summary>
/// A detector run on one applicant against the screened population and reference data. Implementations are
/// stateless and thread-safe (the pipeline runs subjects in parallel), never throw on content, and cite their
/// indicator ids in every <see cref="Finding"/>.
/// </summary>
public interface IApplicantDetector
{
    /// <summary>Stable id used in findings, scoring weights and docs/detectors.md.</summary>
    string Id { get; }

    IEnumerable<Finding> Detect(Subject subject, ScreeningContext context);
}
