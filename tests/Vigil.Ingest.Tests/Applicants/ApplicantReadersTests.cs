using AwesomeAssertions;
using Vigil.Core.Model;
using Vigil.Ingest.Applicants;
using Vigil.Ingest.Common;
using Vigil.TestSupport;

namespace Vigil.Ingest.Tests.Applicants;

public sealed class ApplicantReadersTests
{
    private static List<IngestResult<ApplicantRecord>> Jsonl(string text) =>
        ApplicantJsonLinesReader.Read(new StringReader(text), "in.jsonl").ToList();

    private static List<IngestResult<ApplicantRecord>> Csv(string text) =>
        ApplicantCsvReader.Read(new StringReader(text), "in.csv").ToList();

    [Fact]
    public void Fixtures_jsonl_and_csv_give_equal_records()
    {
        var json = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/good.jsonl")).ToList();
        var csv = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/good.csv")).ToList();

        json.Should().AllSatisfy(r => r.IsSuccess.Should().BeTrue(string.Join("; ", r.Errors)));
        csv.Should().AllSatisfy(r => r.IsSuccess.Should().BeTrue(string.Join("; ", r.Errors)));
        json.Select(r => ApplicantJsonWriter.Serialize(r.Value!))
            .Should().Equal(csv.Select(r => ApplicantJsonWriter.Serialize(r.Value!)));
        json.Select(r => r.Line).Should().Equal(1, 2, 4);
        csv.Select(r => r.Line).Should().Equal(2, 4, 6);
    }

    [Fact]
    public void Jsonl_full_record_reads_every_field()
    {
        var r = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/good.jsonl")).First().Value!;

        r.Id.Should().Be("A-1");
        r.ClaimedCountry.Should().Be("US");
        r.DateOfBirth.Should().Be(new DateOnly(1991, 4, 2));
        r.ResumeText.Should().Contain("\n");
        r.PayoutAccounts.Should().Equal(new PayoutAccountRef("payoneer", "jane@example.com"));
        r.Wallets.Should().Equal(new WalletRef("eth", "0x52908400098527886E0F7030069857D2E4169EE7"));
        r.Profiles.Portfolio.Should().Be("https://janeo.netlify.app");
        r.GitHubProfile.Should().Be(new GitHubProfile(
            new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2019, 5, 1, 12, 0, 0, TimeSpan.Zero), 3, 250, 12));
        r.Reviews.Should().HaveCount(2);
        r.Reviews[1].At.Should().Be(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));
        r.Reviews[1].Rating.Should().Be(4.5);
        r.ExtraJson.Should().Be("""{"score_hint":{"a":[1,2],"b":1},"telegram":"@janeo"}""");
    }

    [Fact]
    public void Jsonl_odd_but_valid_values_are_normalized()
    {
        var rows = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/good.jsonl")).ToList();

        rows[1].Value!.FullName.Should().Be("Łukasz Żółć");
        rows[1].Value!.Emails.Should().Equal("lukasz@example.pl");
        rows[2].Value!.Id.Should().Be("3");
        rows[2].Value!.Kind.Should().Be(SubjectKind.Worker);
        rows[2].Value!.Status.Should().Be(SubjectStatus.Active);
    }

    public static TheoryData<string, string?, string> BadJsonLines => new()
    {
        { """{"id":"x","full_name":"n","date_of_birth":"02/04/1991"}""", "date_of_birth", IngestErrorMessages.InvalidDate("02/04/1991") },
        { """{"id":"x","full_name":"n","applied_at":"yesterday"}""", "applied_at", IngestErrorMessages.InvalidTimestamp("yesterday") },
        { """{"id":"x","full_name":"n","kind":"robot"}""", "kind", IngestErrorMessages.InvalidEnum("robot", "applicant, worker, freelancer") },
        { """{"id":"x","full_name":"n","status":"asleep"}""", "status", IngestErrorMessages.InvalidEnum("asleep", "applied, screening, hired, active, rejected, terminated") },
        { """{"full_name":"n"}""", "id", IngestErrorMessages.Required },
        { """{"id":"x"}""", "full_name", IngestErrorMessages.Required },
        { """{"id":"x","full_name":"   "}""", "full_name", IngestErrorMessages.Required },
        { """{"id":"x","full_name":"n","emails":{"a":1}}""", "emails", IngestErrorMessages.WrongType("an array of strings") },
        { """{"id":"x","full_name":"n","emails":["ok",5]}""", "emails[1]", IngestErrorMessages.WrongType("a string") },
        { """{"id":"x","full_name":"n","wallets":["nocolon"]}""", "wallets[0]", IngestErrorMessages.InvalidPair("nocolon", "chain:address") },
        { """{"id":"x","full_name":"n","payout_accounts":[{"kind":"wise"}]}""", "payout_accounts[0].value", IngestErrorMessages.Required },
        { """{"id":"x","full_name":"n","github_profile":{"followers":"many"}}""", "github_profile.followers", IngestErrorMessages.InvalidNumber("many") },
        { """{"id":"x","full_name":"n","github_profile":{"followers":-3}}""", "github_profile.followers", IngestErrorMessages.InvalidNumber("-3") },
        { """{"id":"x","full_name":"n","reviews":[{"rating":5}]}""", "reviews[0].at", IngestErrorMessages.Required },
        { """{"id":"x","full_name":"n","claimed_country":"USA"}""", "claimed_country", "'USA' is not an ISO 3166-1 alpha-2 country code" },
        { """{"id":"x","full_name":"n","claimed_timezone":"Pacific Time"}""", "claimed_timezone", "'Pacific Time' is not an IANA time zone id (e.g. America/Chicago)" },
        { """{"id":"x","full_name":"bell\u0007"}""", "full_name", IngestErrorMessages.InvalidText },
        { """{"id":"x","full_name":"half \ud800 surrogate"}""", "full_name", IngestErrorMessages.InvalidText },
        { """{"id":"x","full_name":"n","id":"y"}""", "id", "appears twice in the object" },
        { """{"id":"x","full_name":"n",""", null, "invalid JSON" },
        { """[1,2]""", null, IngestErrorMessages.NotAnObject },
    };

    [Theory]
    [MemberData(nameof(BadJsonLines))]
    public void Jsonl_bad_row_is_reported_with_line_and_field_and_good_rows_survive(string bad, string? field, string message)
    {
        var rows = Jsonl($"{{\"id\":\"before\",\"full_name\":\"A\"}}\n{bad}\n{{\"id\":\"after\",\"full_name\":\"B\"}}\n");

        rows.Should().HaveCount(3);
        rows[0].Value!.Id.Should().Be("before");
        rows[2].Value!.Id.Should().Be("after");
        rows[1].IsSuccess.Should().BeFalse();
        rows[1].Error!.File.Should().Be("in.jsonl");
        rows[1].Error!.Line.Should().Be(2);
        rows[1].Error!.Field.Should().Be(field);
        rows[1].Error!.Message.Should().StartWith(message);
    }

    public static TheoryData<string, string?, string> BadCsvRows => new()
    {
        { "x,n,1991-13-45,,", "date_of_birth", IngestErrorMessages.InvalidDate("1991-13-45") },
        { "x,n,,many,", "github_followers", IngestErrorMessages.InvalidNumber("many") },
        { "x,n,,,payoneer-no-colon", "payout_accounts", IngestErrorMessages.InvalidPair("payoneer-no-colon", "kind:value") },
        { "x,n,,", null, IngestErrorMessages.ColumnCount(5, 4) },
        { ",n,,,", "id", IngestErrorMessages.Required },
        { "\"x\"y,n,,,", null, IngestErrorMessages.CharacterAfterQuote },
    };

    [Theory]
    [MemberData(nameof(BadCsvRows))]
    public void Csv_bad_row_is_reported_with_line_and_field_and_good_rows_survive(string bad, string? field, string message)
    {
        var rows = Csv($"id,full_name,date_of_birth,github_followers,payout_accounts\nbefore,A,,,\n{bad}\nafter,B,,,\n");

        rows.Should().HaveCount(3);
        rows[0].Value!.Id.Should().Be("before");
        rows[2].Value!.Id.Should().Be("after");
        rows[1].Error!.Line.Should().Be(3);
        rows[1].Error!.Field.Should().Be(field);
        rows[1].Error!.Message.Should().Be(message);
    }

    [Fact]
    public void Broken_fixtures_keep_good_rows_and_name_each_bad_one()
    {
        var json = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/broken.jsonl")).ToList();
        var csv = ApplicantFileReader.ReadFile(RepoPaths.Fixture("applicants/broken.csv")).ToList();

        json.Where(r => r.IsSuccess).Select(r => r.Value!.Id).Should().Equal("B-1", "B-10");
        json.Where(r => !r.IsSuccess).Select(r => r.Line).Should().Equal(2, 3, 4, 5, 6, 7, 8, 9);
        csv.Where(r => r.IsSuccess).Select(r => r.Value!.Id).Should().Equal("C-1", "C-7");
        csv.Where(r => !r.IsSuccess).Select(r => r.Error!.ToString()).Should().Equal(
            $"{RepoPaths.Fixture("applicants/broken.csv")}:3: date_of_birth: {IngestErrorMessages.InvalidDate("1991-13-45")}",
            $"{RepoPaths.Fixture("applicants/broken.csv")}:4: {IngestErrorMessages.ColumnCount(5, 2)}",
            $"{RepoPaths.Fixture("applicants/broken.csv")}:5: github_followers: {IngestErrorMessages.InvalidNumber("many")}",
            $"{RepoPaths.Fixture("applicants/broken.csv")}:6: payout_accounts: {IngestErrorMessages.InvalidPair("payoneer-no-colon", "kind:value")}",
            $"{RepoPaths.Fixture("applicants/broken.csv")}:7: {IngestErrorMessages.CharacterAfterQuote}");
    }

    [Fact]
    public void Csv_header_without_full_name_is_one_clear_error()
    {
        var rows = Csv("id,name\n1,a\n");
        rows.Should().ContainSingle().Which.Error!.Message.Should().Be(IngestErrorMessages.MissingHeader("full_name"));
    }

    [Fact]
    public void Jsonl_over_long_line_and_field_are_rejected()
    {
        var limits = new IngestLimits(MaxLineChars: 500, MaxFieldChars: 50);
        var text = $$"""
            {"id":"1","full_name":"{{new string('a', 600)}}"}
            {"id":"2","full_name":"{{new string('b', 60)}}"}
            {"id":"3","full_name":"ok"}
            """;
        var rows = ApplicantJsonLinesReader.Read(new StringReader(text), "f", limits).ToList();

        rows[0].Error!.Message.Should().Be(IngestErrorMessages.LineTooLong(500));
        rows[1].Error!.Field.Should().Be("full_name");
        rows[1].Error!.Message.Should().Be(IngestErrorMessages.FieldTooLong(50));
        rows[2].Value!.Id.Should().Be("3");
    }

    [Fact]
    public void Csv_list_escapes_round_trip_semicolons_and_backslashes()
    {
        var items = new[] { "a;b", "c\\d", "plain" };
        ApplicantCsvFormat.SplitList(ApplicantCsvFormat.JoinList(items)).Should().Equal(items);
    }

    [Fact]
    public void Writers_round_trip_a_full_record_through_both_formats()
    {
        var original = Some.Applicant();
        var json = Jsonl(ApplicantJsonWriter.Serialize(original)).Single().Value!;
        var sw = new StringWriter();
        new ApplicantCsvWriter(sw).Write(original);
        var csv = Csv(sw.ToString()).Single().Value!;

        ApplicantJsonWriter.Serialize(json).Should().Be(ApplicantJsonWriter.Serialize(original));
        ApplicantJsonWriter.Serialize(csv).Should().Be(ApplicantJsonWriter.Serialize(original));
    }
}
