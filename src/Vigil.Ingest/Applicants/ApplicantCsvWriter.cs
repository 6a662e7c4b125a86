using System.Text;

namespace Vigil.Ingest.Applicants;

/// <summary>Writes applicants as the flattened CSV (header of <see cref="ApplicantFields.CsvColumns"/>, LF line ends,
/// RFC 4180 quoting). <see cref="ApplicantCsvReader"/> reads back an equal record.</summary>
public sealed class ApplicantCsvWriter(TextWriter writer)
{
    private readonly StringBuilder _line = new(4096);
    private bool _headerWritten;

    public void Write(ApplicantRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!_headerWritten)
        {
            writer.Write(string.Join(',', ApplicantFields.CsvColumns));
            writer.Write('\n');
            _headerWritten = true;
        }
        _line.Clear();
        Cell(r.Id);
        Cell(ApplicantValues.KindText(r.Kind));
        Cell(r.Status is { } s ? ApplicantValues.StatusText(s) : null);
        Cell(r.FullName);
        Cell(ApplicantCsvFormat.JoinList(r.Emails));
        Cell(ApplicantCsvFormat.JoinList(r.Phones));
        Cell(r.Address);
        Cell(r.ClaimedCountry);
        Cell(r.ClaimedTimezone);
        Cell(r.DateOfBirth is { } d ? ApplicantValues.FormatDate(d) : null);
        Cell(ApplicantCsvFormat.JoinList(r.IpAddresses));
        Cell(r.ResumeText);
        Cell(r.CoverLetter);
        Cell(r.Photo);
        Cell(ApplicantCsvFormat.JoinList(r.PayoutAccounts.Select(p => $"{p.Kind}:{p.Value}")));
        Cell(ApplicantCsvFormat.JoinList(r.BankAccounts));
        Cell(ApplicantCsvFormat.JoinList(r.Wallets.Select(w => $"{w.Chain}:{w.Address}")));
        Cell(r.Profiles.GitHub);
        Cell(r.Profiles.LinkedIn);
        Cell(r.Profiles.Portfolio);
        var g = r.GitHubProfile;
        Cell(g?.CreatedAt is { } c ? ApplicantValues.FormatTimestamp(c) : null);
        Cell(g?.FirstCommitAt is { } f ? ApplicantValues.FormatTimestamp(f) : null);
        Cell(g?.Followers?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Cell(g?.Following?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Cell(g?.PublicRepos?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Cell(ApplicantCsvFormat.JoinList(r.Reviews.Select(v =>
            $"{ApplicantValues.FormatTimestamp(v.At)}|{ApplicantValues.FormatRating(v.Rating)}" + (v.Reviewer is null ? "" : "|" + v.Reviewer))));
        Cell(r.AppliedAt is { } a ? ApplicantValues.FormatTimestamp(a) : null);
        Cell(r.Position);
        Cell(r.DocumentNumber);
        Cell(r.ExtraJson, last: true);
        writer.Write(_line);
        writer.Write('\n');
    }

    private void Cell(string? value, bool last = false)
    {
        if (value is not null)
        {
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.Length > 0 && (value[0] == ' ' || value[^1] == ' '))
            {
                _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _line.Append(value);
            }
        }
        if (!last)
        {
            _line.Append(',');
        }
    }
}
