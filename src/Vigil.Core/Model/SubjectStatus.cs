namespace Vigil.Core.Model;

public enum SubjectStatus
{
    Applied = 1,
    Screening = 2,
    Hired = 3,
    Active = 4,
    Rejected = 5,
    Terminated = 6,
}
