namespace Vigil.Sharing.Policy;

public enum SharingAction
{
    Withhold = 0,
    ShareHashed = 1,
    ShareRaw = 2,
}
