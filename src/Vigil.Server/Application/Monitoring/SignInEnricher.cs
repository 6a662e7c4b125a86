using System.Net;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Adds what <see cref="IIpIntelligence"/> knows to a sign-in: location and ASN where the source gave none (the
/// source's own geo wins: Okta and Entra resolve at sign-in time), and the stronger of the source's and Vigil's
/// anonymizer verdicts, with the provider's name. Caches per IP text, bounded, so a log's repeated IPs are parsed
/// and looked up once. One instance per run; not thread-safe.
/// </summary>
public sealed class SignInEnricher(IIpIntelligence intelligence)
{
    private const int MaxCached = 200_000;

    private readonly IIpIntelligence _intelligence = intelligence ?? throw new ArgumentNullException(nameof(intelligence));
    private readonly Dictionary<string, IpInfo> _cache = new(StringComparer.Ordinal);

    public void Enrich(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var info = Lookup(signIn.Ip);
        if (info is null)
        {
            return;
        }
        if (!signIn.HasLocation && info.HasLocation)
        {
            signIn.Latitude = info.Latitude;
            signIn.Longitude = info.Longitude;
            signIn.City ??= info.City;
        }
        signIn.CountryCode ??= info.CountryCode;
        signIn.Asn ??= info.Asn;
        signIn.AsnOrg ??= info.AsnOrg;
        if (info.Anonymizer > signIn.Anonymizer || info.Anonymizer != AnonymizerKind.None && info.Provider is not null && signIn.AnonymizerProvider is null)
        {
            signIn.Anonymizer = info.Anonymizer > signIn.Anonymizer ? info.Anonymizer : signIn.Anonymizer;
            signIn.AnonymizerProvider = info.Provider ?? signIn.AnonymizerProvider;
            signIn.AnonymizerSource = info.Sources is { Count: > 0 } sources ? string.Join(",", sources) : "vigil-intel";
        }
    }

    public IpInfo? Lookup(string? ip)
    {
        if (ip is null)
        {
            return null;
        }
        if (_cache.TryGetValue(ip, out var info))
        {
            return info;
        }
        info = IPAddress.TryParse(ip, out var address) ? _intelligence.Lookup(address) : IpInfo.Unknown;
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }
        _cache[ip] = info;
        return info;
    }
}
