using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Tests.Applicants;

public sealed class ApplicantMapperTests
{
    private static readonly Guid Org = Guid.Parse("11111111-2222-3333-4444-555555555555");

    [Fact]
    public void Map_identifiers_are_canonical_with_claimed_country_as_phone_region()
    {
        var s = ApplicantMapper.Map(Some.Applicant(), Org, Some.Instant).Subject;

        s.IdentifiersOf(IdentifierKind.Phone).Select(i => i.Value).Should().Equal("+14155550100", "+447700900123");
        s.IdentifiersOf(IdentifierKind.Email).Select(i => i.Value).Should().Equal("ana.perez@example.com", "ap@gmail.com");
        s.IdentifiersOf(IdentifierKind.BankAccount).Single().Value.Should().Be("GB82WEST12345698765432");
        s.IdentifiersOf(IdentifierKind.PayoutAccount).Select(i => i.Value).Should().Contain("payoneer:ana@example.com");
        s.IdentifiersOf(IdentifierKind.CryptoWallet).Single().Value.Should().Be("0x52908400098527886e0f7030069857d2e4169ee7");
        s.IdentifiersOf(IdentifierKind.DocumentNumber).Should().ContainSingle();
        s.IdentifiersOf(IdentifierKind.IpAddress).Should().HaveCount(2);
        s.Identifiers.Should().AllSatisfy(i => i.SubjectId.Should().Be(s.Id));
    }

    [Fact]
    public void Map_keeps_documents_github_extra_and_photo()
    {
        var s = ApplicantMapper.Map(Some.Applicant(), Org, Some.Instant, photoBaseDirectory: "/data/in").Subject;

        s.Documents.Select(d => d.Kind).Should().Equal(DocumentKind.Resume, DocumentKind.CoverLetter);
        s.Documents[0].ContentHash.Should().HaveLength(64);
        s.GitHub!.Followers.Should().Be(10);
        s.ExtraJson.Should().Contain("referral");
        s.PhotoRef.Should().Be("/data/in/photos/a.png");
        s.Status.Should().Be(SubjectStatus.Applied);
        s.ClaimedTimezone.Should().Be("America/Chicago");
    }

    [Fact]
    public void Map_same_record_gives_same_ids_and_hash_and_any_change_changes_the_hash()
    {
        var a = ApplicantMapper.Map(Some.Applicant(), Org, Some.Instant);
        var b = ApplicantMapper.Map(Some.Applicant(), Org, Some.Instant.AddDays(1));
        var c = ApplicantMapper.Map(Some.Applicant() with { Position = "Other" }, Org, Some.Instant);

        b.Subject.Id.Should().Be(a.Subject.Id);
        b.Subject.ContentHash.Should().Be(a.Subject.ContentHash);
        b.Events.Select(e => e.SourceEventId).Should().Equal(a.Events.Select(e => e.SourceEventId));
        c.Subject.ContentHash.Should().NotBe(a.Subject.ContentHash);
        ApplicantMapper.SubjectIdFor(Guid.NewGuid(), "A-100").Should().NotBe(a.Subject.Id);
    }

    [Fact]
    public void Map_reviews_and_application_become_events()
    {
        var events = ApplicantMapper.Map(Some.Applicant(), Org, Some.Instant).Events;

        events.Should().HaveCount(3);
        events[0].Type.Should().Be(EventType.ApplicationSubmitted);
        events[0].Ip.Should().Be("203.0.113.45");
        events.Where(e => e.Type == EventType.Review).Should().HaveCount(2);
        events[1].Actor.Should().Be("client|1");
        events[1].PayloadJson.Should().Contain("\"rating\":5");
        events.Select(e => e.SourceEventId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Map_worker_without_status_defaults_to_active()
    {
        var s = ApplicantMapper.Map(Some.Applicant() with { Kind = SubjectKind.Worker, Status = null }, Org, Some.Instant).Subject;
        s.Status.Should().Be(SubjectStatus.Active);
    }
}
