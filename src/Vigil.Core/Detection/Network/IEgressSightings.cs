namespace Vigil.Core.Detection.Network;

/// <summary>
/// Cross-organization sightings of egress IPs (NET-10: "many company devices, often from different employers").
/// Implemented over shared intelligence (TAXII/MISP sightings of keyed-hashed IPs); <see cref="None"/> until then.
/// </summary>
public interface IEgressSightings
{
    /// <summary>How many other organizations reported worker devices behind this IP (text form, as logged).</summary>
    int OtherOrganizations(string ip);

    public static IEgressSightings None { get; } = new NoSightings();

    private sealed class NoSightings : IEgressSightings
    {
        public int OtherOrganizations(string ip) => 0;
    }
}
