using AwesomeAssertions;
using StbImageWriteSharp;
using Vigil.Core.Detection;
using Vigil.Ingest.Applicants;
using Vigil.Server.Application.Screening;
using Vigil.Storage;
using Vigil.TestSupport;
using Vigil.TestSupport.Linking;

namespace Vigil.Server.Tests.Application.Screening;

/// <summary>Single-applicant screening of photos (PRF-01) against the warm index: a 5% crop of a stored photo and the
/// uncropped original of a stored crop both match, whichever of the two arrives first; a different face does not.</summary>
public sealed class SingleApplicantPhotoScreeningTests
{
    private const int Size = 256;

    private static void WritePhotos(TempDirectory dir)
    {
        Directory.CreateDirectory(dir.File("photos"));
        var face = TestFaces.Draw(21, Size);
        using (var file = File.Create(dir.File("photos/original.png")))
        {
            new ImageWriter().WritePng(face, Size, Size, ColorComponents.RedGreenBlue, file);
        }
        var (cropped, cw, ch) = TestFaces.Crop(face, Size, Size, 3, 0.05);
        using (var file = File.Create(dir.File("photos/cropped.jpg")))
        {
            new ImageWriter().WriteJpg(cropped, cw, ch, ColorComponents.RedGreenBlue, file, 85);
        }
        using (var file = File.Create(dir.File("photos/stranger.png")))
        {
            new ImageWriter().WritePng(TestFaces.Draw(77, Size), Size, Size, ColorComponents.RedGreenBlue, file);
        }
    }

    private static ApplicantRecord Record(string id, string name, string photo) => ApplicantJsonLinesReader.ParseLine(
        $$"""{"id":"{{id}}","kind":"applicant","full_name":"{{name}}","emails":["{{id.ToLowerInvariant()}}@example.com"],"claimed_country":"US","photo":"photos/{{photo}}"}""",
        "applicants.jsonl", 1).GetValueOrThrow();

    public static TheoryData<StorageProvider, bool> ProvidersAndOrders()
    {
        var data = new TheoryData<StorageProvider, bool>();
        foreach (var provider in new[] { StorageProvider.Sqlite, StorageProvider.Postgres })
        {
            data.Add(provider, true);
            data.Add(provider, false);
        }
        return data;
    }

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public async Task ScreenOne_links_a_cropped_copy_and_its_original_in_either_order(StorageProvider provider, bool originalFirst)
    {
        using var dir = new TempDirectory();
        WritePhotos(dir);
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = (await test.Database.EnsureOrganizationAsync("photos")).Id;
        var service = new SingleApplicantScreeningService(test.Database, ScreeningReferences.None);
        var original = Record("P-1", "Daniel Moore", "original.png");
        var cropped = Record("P-2", "Kevin Lee", "cropped.jpg");
        var (first, second) = originalFirst ? (original, cropped) : (cropped, original);

        var stranger = await service.ScreenOneAsync(org, Record("P-3", "Maria Gonzalez", "stranger.png"), dir.Path);
        var earlier = await service.ScreenOneAsync(org, first, dir.Path);
        var later = await service.ScreenOneAsync(org, second, dir.Path);

        stranger.Result.Findings.Should().NotContain(f => f.Detector == "reused-photo");
        earlier.Result.Findings.Should().NotContain(f => f.Detector == "reused-photo", "nothing like it was stored yet");
        var reuse = later.Result.Findings.Should().ContainSingle(f => f.Detector == "reused-photo").Which;
        reuse.Indicator.Should().Be("PRF-01");
        reuse.RelatedSubjects.Should().Equal(ApplicantMapper.SubjectIdFor(org, first.Id));
        later.Result.ClusterId.Should().NotBeNull();
    }
}
