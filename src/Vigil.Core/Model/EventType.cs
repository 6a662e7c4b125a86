namespace Vigil.Core.Model;

/// <summary>What an <see cref="ActivityEvent"/> records. Stored as its number; append only.</summary>
public enum EventType
{
    SignIn = 1,
    SignInFailed = 2,
    PayrollChange = 3,
    Shipment = 4,
    SoftwareInventory = 5,
    UsbDevice = 6,
    SystemInfo = 7,
    Process = 8,
    Review = 9,
    ApplicationSubmitted = 10,
}
