using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// Writes an <see cref="ApplicantRecord"/> as one JSON Lines object in a fixed field order, omitting empty fields.
/// The output is the record's canonical text: <see cref="ApplicantMapper"/> hashes it for idempotent re-import.
/// </summary>
public static class ApplicantJsonWriter
{
    /// <summary>Non-ASCII text stays readable (names in many scripts); the output is a file, never HTML.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ApplicantRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(w, record);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter w, ApplicantRecord r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString(ApplicantFields.Id, r.Id);
        w.WriteString(ApplicantFields.Kind, ApplicantValues.KindText(r.Kind));
        if (r.Status is { } status)
        {
            w.WriteString(ApplicantFields.Status, ApplicantValues.StatusText(status));
        }
        w.WriteString(ApplicantFields.FullName, r.FullName);
        Strings(w, ApplicantFields.Emails, r.Emails);
        Strings(w, ApplicantFields.Phones, r.Phones);
        Opt(w, ApplicantFields.Address, r.Address);
        Opt(w, ApplicantFields.ClaimedCountry, r.ClaimedCountry);
        Opt(w, ApplicantFields.ClaimedTimezone, r.ClaimedTimezone);
        if (r.DateOfBirth is { } dob)
        {
            w.WriteString(ApplicantFields.DateOfBirth, ApplicantValues.FormatDate(dob));
        }
        Strings(w, ApplicantFields.IpAddresses, r.IpAddresses);
        Opt(w, ApplicantFields.ResumeText, r.ResumeText);
        Opt(w, ApplicantFields.CoverLetter, r.CoverLetter);
        Opt(w, ApplicantFields.Photo, r.Photo);
        if (r.PayoutAccounts.Count > 0)
        {
            w.WriteStartArray(ApplicantFields.PayoutAccounts);
            foreach (var p in r.PayoutAccounts)
            {
                w.WriteStartObject();
                w.WriteString(ApplicantFields.PayoutKind, p.Kind);
                w.WriteString(ApplicantFields.PayoutValue, p.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        Strings(w, ApplicantFields.BankAccounts, r.BankAccounts);
        if (r.Wallets.Count > 0)
        {
            w.WriteStartArray(ApplicantFields.Wallets);
            foreach (var x in r.Wallets)
            {
                w.WriteStartObject();
                w.WriteString(ApplicantFields.WalletChain, x.Chain);
                w.WriteString(ApplicantFields.WalletAddress, x.Address);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (!r.Profiles.IsEmpty)
        {
            w.WriteStartObject(ApplicantFields.Profiles);
            Opt(w, ApplicantFields.GitHub, r.Profiles.GitHub);
            Opt(w, ApplicantFields.LinkedIn, r.Profiles.LinkedIn);
            Opt(w, ApplicantFields.Portfolio, r.Profiles.Portfolio);
            w.WriteEndObject();
        }
        if (r.GitHubProfile is { IsEmpty: false } g)
        {
            w.WriteStartObject(ApplicantFields.GitHubProfile);
            OptTime(w, ApplicantFields.CreatedAt, g.CreatedAt);
            OptTime(w, ApplicantFields.FirstCommitAt, g.FirstCommitAt);
            OptInt(w, ApplicantFields.Followers, g.Followers);
            OptInt(w, ApplicantFields.Following, g.Following);
            OptInt(w, ApplicantFields.PublicRepos, g.PublicRepos);
            w.WriteEndObject();
        }
        if (r.Reviews.Count > 0)
        {
            w.WriteStartArray(ApplicantFields.Reviews);
            foreach (var rv in r.Reviews)
            {
                w.WriteStartObject();
                w.WriteString(ApplicantFields.At, ApplicantValues.FormatTimestamp(rv.At));
                w.WritePropertyName(ApplicantFields.Rating);
                w.WriteRawValue(ApplicantValues.FormatRating(rv.Rating));
                Opt(w, ApplicantFields.Reviewer, rv.Reviewer);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        OptTime(w, ApplicantFields.AppliedAt, r.AppliedAt);
        Opt(w, ApplicantFields.Position, r.Position);
        Opt(w, ApplicantFields.DocumentNumber, r.DocumentNumber);
        if (ApplicantRecordFactory.ParseExtra(r.ExtraJson) is { } extra)
        {
            foreach (var (key, value) in extra)
            {
                w.WritePropertyName(key);
                if (value is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    value.WriteTo(w);
                }
            }
        }
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void OptTime(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, ApplicantValues.FormatTimestamp(v));
        }
    }

    private static void OptInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

}
