namespace Vigil.Core.Model;

public enum DocumentKind
{
    Resume = 1,
    CoverLetter = 2,
    Bid = 3,
}
