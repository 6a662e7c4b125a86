namespace Vigil.Core.Cases;

public enum AlertStatus
{
    Open = 1,
    Acknowledged = 2,
    Suppressed = 3,
    Closed = 4,
}
