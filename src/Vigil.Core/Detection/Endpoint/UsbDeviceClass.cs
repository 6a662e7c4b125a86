namespace Vigil.Core.Detection.Endpoint;

/// <summary>What a recognized USB device is, for END-01 and END-03.</summary>
public enum UsbDeviceClass
{
    /// <summary>A KVM-over-IP (PiKVM, TinyPilot, JetKVM, NanoKVM, BliKVM) identified by its strings.</summary>
    IpKvm = 1,

    /// <summary>The Linux composite-gadget id every Pi-based KVM uses, without identifying strings.</summary>
    LinuxGadget = 2,

    /// <summary>An HDMI capture dongle (weaker: only DIY set-ups show it on the laptop).</summary>
    CaptureDongle = 3,

    MouseJiggler = 4,
}
