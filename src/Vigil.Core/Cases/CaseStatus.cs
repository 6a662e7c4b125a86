namespace Vigil.Core.Cases;

public enum CaseStatus
{
    New = 1,
    Triage = 2,
    Investigating = 3,
    Closed = 4,
}
