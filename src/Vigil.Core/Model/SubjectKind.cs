namespace Vigil.Core.Model;

public enum SubjectKind
{
    Applicant = 1,
    Worker = 2,
    Freelancer = 3,
}
