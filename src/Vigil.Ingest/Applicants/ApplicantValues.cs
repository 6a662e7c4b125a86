using System.Globalization;
using System.Text;
using Vigil.Core.Model;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// Shape checks shared by the JSON Lines and CSV readers, so both formats accept and reject exactly the same values.
/// </summary>
/// <remarks>
/// Identifier values (emails, phones, IPs, IBANs, wallets) are not judged here: an invalid one is still evidence and
/// is kept, flagged, by canonicalization. Here we reject only what cannot be read at all: bad dates, numbers and
/// enum values, control characters, unpaired surrogates and over-long values.
/// </remarks>
internal static class ApplicantValues
{
    public const string KindValues = "applicant, worker, freelancer";
    public const string StatusValues = "applied, screening, hired, active, rejected, terminated";

    /// <summary>Trims, NFC-normalizes and checks a text value; empty becomes null.</summary>
    public static string? Text(string? raw, string field, FieldErrors errors, IngestLimits limits, bool multiline = false)
    {
        if (raw is null)
        {
            return null;
        }
        if (raw.Length > limits.MaxFieldChars)
        {
            errors.Add(field, IngestErrorMessages.FieldTooLong(limits.MaxFieldChars));
            return null;
        }
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (!IsClean(text, multiline))
        {
            errors.Add(field, IngestErrorMessages.InvalidText);
            return null;
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool IsClean(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c))
            {
                return false;
            }
            if (c < ' ' && !(c == '\t' || multiline && c is '\n' or '\r') || c == '\u007F')
            {
                return false;
            }
        }
        return true;
    }

    public static DateOnly? Date(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        errors.Add(field, IngestErrorMessages.InvalidDate(raw));
        return null;
    }

    /// <summary>ISO 8601 timestamps; a value without an offset is read as UTC.</summary>
    public static DateTimeOffset? Timestamp(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = raw.Trim();
        // Demand the ISO date prefix: DateTimeOffset.Parse alone would also take "1/9/2007", which is ambiguous.
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            return t.ToUniversalTime();
        }
        errors.Add(field, IngestErrorMessages.InvalidTimestamp(raw));
        return null;
    }

    public static int? Int(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            return n;
        }
        errors.Add(field, IngestErrorMessages.InvalidNumber(raw));
        return null;
    }

    public static double? Rating(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            errors.Add(field, IngestErrorMessages.Required);
            return null;
        }
        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 5)
        {
            return r;
        }
        errors.Add(field, $"'{IngestErrorMessages.Shorten(raw)}' is not a rating from 0 to 5");
        return null;
    }

    public static SubjectKind Kind(string? raw, string field, FieldErrors errors)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "" or "applicant":
                return SubjectKind.Applicant;
            case "worker":
                return SubjectKind.Worker;
            case "freelancer":
                return SubjectKind.Freelancer;
            default:
                errors.Add(field, IngestErrorMessages.InvalidEnum(raw, KindValues));
                return SubjectKind.Applicant;
        }
    }

    public static SubjectStatus? Status(string? raw, string field, FieldErrors errors)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "":
                return null;
            case "applied":
                return SubjectStatus.Applied;
            case "screening":
                return SubjectStatus.Screening;
            case "hired":
                return SubjectStatus.Hired;
            case "active":
                return SubjectStatus.Active;
            case "rejected":
                return SubjectStatus.Rejected;
            case "terminated":
                return SubjectStatus.Terminated;
            default:
                errors.Add(field, IngestErrorMessages.InvalidEnum(raw, StatusValues));
                return null;
        }
    }

    public static string? Country(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = raw.Trim();
        if (text.Length == 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]))
        {
            return text.ToUpperInvariant();
        }
        errors.Add(field, $"'{IngestErrorMessages.Shorten(raw)}' is not an ISO 3166-1 alpha-2 country code");
        return null;
    }

    /// <summary>IANA zone ids by shape (<c>Area/City</c>, <c>UTC</c>, <c>Etc/GMT+9</c>), not by a zone database, so
    /// a machine with older tzdata does not reject a newer zone.</summary>
    public static string? Timezone(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = raw.Trim();
        var ok = text.Length <= 64 && (text is "UTC" or "GMT" || text.Contains('/', StringComparison.Ordinal)) && text[0] != '/' && text[^1] != '/';
        foreach (var c in text)
        {
            ok &= char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+';
        }
        if (ok)
        {
            return text;
        }
        errors.Add(field, $"'{IngestErrorMessages.Shorten(raw)}' is not an IANA time zone id (e.g. America/Chicago)");
        return null;
    }

    public static string KindText(SubjectKind kind) => kind switch
    {
        SubjectKind.Worker => "worker",
        SubjectKind.Freelancer => "freelancer",
        _ => "applicant",
    };

    public static string StatusText(SubjectStatus status) => status.ToString().ToLowerInvariant();

    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatRating(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
