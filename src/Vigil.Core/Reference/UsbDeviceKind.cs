namespace Vigil.Core.Reference;

/// <summary>What a recognised USB device (or its software stand-in) is, for END-01 and END-03.</summary>
public enum UsbDeviceKind
{
    /// <summary>A KVM-over-IP appliance (PiKVM, TinyPilot, JetKVM, NanoKVM...) driving the laptop: END-01.</summary>
    IpKvm = 1,

    /// <summary>A generic Linux USB gadget (<c>1d6b:0104</c>): every Linux-based KVM uses it, so do Pi Zero projects.</summary>
    LinuxGadget = 2,

    /// <summary>An HDMI capture dongle: on a laptop, part of a DIY remote-control rig (END-01, weaker).</summary>
    HdmiCapture = 3,

    /// <summary>A hardware or software mouse jiggler: END-03.</summary>
    MouseJiggler = 4,
}
