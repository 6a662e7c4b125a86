namespace Vigil.Core.Detection.Endpoint;

/// <summary>Weights of <see cref="IpKvmDetector"/>.</summary>
public sealed record IpKvmOptions
{
    /// <summary>A KVM identified by its strings (PiKVM serial CAFEBABE, "TinyPilot"…). Default 60 (END-01 is H).</summary>
    public double IdentifiedWeight { get; init; } = 60;

    /// <summary>The generic Linux gadget id 1d6b:0104/0106 alone. Default 35: strong on a corporate laptop, not proof.</summary>
    public double GadgetWeight { get; init; } = 35;

    /// <summary>An HDMI capture dongle alone. Default 15.</summary>
    public double CaptureWeight { get; init; } = 15;
}
