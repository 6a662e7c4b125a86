namespace Vigil.Core.Cases;

public enum Disposition
{
    None = 0,
    Confirmed = 1,
    FalsePositive = 2,
    Benign = 3,
}
