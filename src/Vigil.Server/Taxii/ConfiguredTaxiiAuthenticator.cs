using System.Security.Cryptography;
using System.Text;

namespace Vigil.Server.Taxii;

/// <summary>Authenticates against <see cref="TaxiiOptions.Partners"/>; secrets compared in constant time.</summary>
public sealed class ConfiguredTaxiiAuthenticator(TaxiiOptions options) : ITaxiiAuthenticator
{
    public TaxiiPrincipal? Authenticate(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return null;
        }
        var space = authorizationHeader.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }
        var scheme = authorizationHeader[..space];
        var credentials = authorizationHeader[(space + 1)..].Trim();
        foreach (var p in options.Partners)
        {
            var ok = scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
                ? p.Token is { Length: > 0 } token && FixedEquals(token, credentials)
                : scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && p.Username is { Length: > 0 } && p.Password is { Length: > 0 }
                    && FixedEquals($"{p.Username}:{p.Password}", DecodeBasic(credentials));
            if (ok)
            {
                return new TaxiiPrincipal(p.Name, p.Read.ToHashSet(StringComparer.Ordinal), p.Write.ToHashSet(StringComparer.Ordinal));
            }
        }
        return null;
    }

    private static string DecodeBasic(string credentials)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(credentials));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    private static bool FixedEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
}
