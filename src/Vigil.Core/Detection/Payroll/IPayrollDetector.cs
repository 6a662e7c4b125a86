using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>A streaming detector over payroll changes (see <c>ISignInDetector</c> for the contract).</summary>
public interface IPayrollDetector
{
    string DetectorId { get; }

    void Observe(PayrollChange change);

    IReadOnlyList<SubjectFinding> Complete();
}
