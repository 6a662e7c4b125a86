using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using StbImageWriteSharp;
using Vigil.Core.Detection;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking.Photos;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Screening;
using Vigil.Storage;
using Vigil.TestSupport;
using Vigil.TestSupport.Linking;

namespace Vigil.Server.Tests.Application.Screening;

/// <summary>Batch screening of applicants with photos: photo hashes are stored as identifiers (what the server's warm
/// content index reads), reused on re-screening, and a 5%-cropped copy of another applicant's photo is linked.</summary>
public sealed class BatchPhotoScreeningTests
{
    private const int Size = 256;

    private static void WritePhoto(string path, byte[] rgb, int w, int h)
    {
        using var file = File.Create(path);
        if (path.EndsWith(".jpg", StringComparison.Ordinal))
        {
            new ImageWriter().WriteJpg(rgb, w, h, ColorComponents.RedGreenBlue, file, 85);
        }
        else
        {
            new ImageWriter().WritePng(rgb, w, h, ColorComponents.RedGreenBlue, file);
        }
    }

    private static string WritePopulation(TempDirectory dir)
    {
        Directory.CreateDirectory(dir.File("photos"));
        var face = TestFaces.Draw(21, Size);
        WritePhoto(dir.File("photos/original.png"), face, Size, Size);
        var (cropped, cw, ch) = TestFaces.Crop(face, Size, Size, 3, 0.05);
        WritePhoto(dir.File("photos/cropped.jpg"), cropped, cw, ch);
        WritePhoto(dir.File("photos/stranger.png"), TestFaces.Draw(77, Size), Size, Size);
        var file = dir.File("applicants.jsonl");
        File.WriteAllLines(file,
        [
            """{"id":"P-1","kind":"applicant","full_name":"Daniel Moore","emails":["daniel.moore@example.com"],"claimed_country":"US","photo":"photos/original.png"}""",
            """{"id":"P-2","kind":"applicant","full_name":"Kevin Lee","emails":["kevin.lee@example.org"],"claimed_country":"US","photo":"photos/cropped.jpg"}""",
            """{"id":"P-3","kind":"applicant","full_name":"Maria Gonzalez","emails":["maria.g@example.net"],"claimed_country":"ES","photo":"photos/stranger.png"}""",
            """{"id":"P-4","kind":"applicant","full_name":"Ana Silva","emails":["ana.silva@example.net"],"claimed_country":"BR","photo":"photos/missing.png"}""",
        ]);
        return file;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ScreenAsync_stores_photo_hashes_links_a_cropped_copy_and_rescreens_identically(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var file = WritePopulation(dir);
        await using var db = await TestDatabase.CreateAsync(provider);
        var org = (await db.Database.EnsureOrganizationAsync("photos")).Id;
        await new ApplicantImporter(db.Database).ImportAsync(org, file);
        var service = new ApplicantScreeningService(db.Database, ScreeningReferences.None);

        var first = await service.ScreenAsync(org);

        first.Report.PhotosHashed.Should().Be(3);
        first.Report.PhotoErrors.Should().Be(1, "photos/missing.png does not exist");
        var byId = first.Results.ToDictionary(r => r.Id);
        byId["P-1"].Findings.Should().Contain(f => f.Detector == "reused-photo");
        byId["P-2"].Findings.Should().Contain(f => f.Detector == "reused-photo");
        byId["P-3"].Findings.Should().NotContain(f => f.Detector == "reused-photo");
        byId["P-1"].ClusterId.Should().NotBeNull().And.Be(byId["P-2"].ClusterId);

        await using (var ctx = db.Database.CreateContext(org))
        {
            var stored = await ctx.SubjectIdentifiers.AsNoTracking().Where(i => i.Kind == IdentifierKind.PhotoHash).ToListAsync();
            stored.Should().HaveCount(3);
            stored.Should().AllSatisfy(i =>
            {
                PhotoHash.TryParse(i.Value, out _).Should().BeTrue();
                PhotoFingerprint.TryParseCentreDetail(i.Detail, out _).Should().BeTrue();
                i.Raw.Should().StartWith(dir.File("photos"));
            });
        }

        // Re-screening reads the stored hashes (deleting the files proves nothing is decoded again) and stores no more.
        File.Delete(dir.File("photos/original.png"));
        File.Delete(dir.File("photos/cropped.jpg"));
        File.Delete(dir.File("photos/stranger.png"));
        var second = await service.ScreenAsync(org);

        second.Report.PhotosHashed.Should().Be(3);
        second.Results.Select(r => (r.Id, r.Score, r.Level, r.ClusterId)).Should().Equal(first.Results.Select(r => (r.Id, r.Score, r.Level, r.ClusterId)));
        await using (var ctx = db.Database.CreateContext(org))
        {
            (await ctx.SubjectIdentifiers.CountAsync(i => i.Kind == IdentifierKind.PhotoHash)).Should().Be(3);
        }
    }
}
