using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary><c>POST /api/subjects/import</c> with the applicant files <c>vigil import applicants</c> reads.</summary>
public sealed class ImportApiTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepoPaths.Fixture("applicants/" + name));

    private static async Task<JsonElement> SubmitAndWaitAsync(HttpClient c, string url, HttpContent body)
    {
        var r = await c.PostAsync(url, body);
        r.StatusCode.Should().Be(HttpStatusCode.Accepted, await r.Content.ReadAsStringAsync());
        return await WaitForJobAsync(c, (await ReadAsync(r)).GetProperty("id").GetString()!);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_applicant_jsonl_and_csv_bodies_import_like_the_cli_and_only_into_the_caller_org(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var c = app.As(app.A.Ingest);
            var jsonl = await SubmitAndWaitAsync(c, "/api/subjects/import", Raw(Fixture("good.jsonl"), "application/x-ndjson"));
            jsonl.GetProperty("status").GetString().Should().Be("Succeeded");
            jsonl.GetProperty("rejected").GetInt32().Should().Be(0);
            var added = jsonl.GetProperty("added").GetInt32();
            added.Should().BeGreaterThan(0);
            jsonl.GetProperty("total").GetInt32().Should().Be(added);
            jsonl.GetProperty("processed").GetInt32().Should().Be(added);

            // Canonical identifiers, as the CLI stores them: the Gmail alias finds Jane.
            var search = await ReadAsync(await app.As(app.A.ReadOnly).PostAsync("/api/subjects/search", JsonBody("""{"kind":"email","value":"jsmith@gmail.com"}""")));
            search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("externalId").GetString()).Should().Contain("A-1");
            var inB = await ReadAsync(await app.As(app.B.ReadOnly).PostAsync("/api/subjects/search", JsonBody("""{"kind":"email","value":"jsmith@gmail.com"}""")));
            inB.GetProperty("items").GetArrayLength().Should().Be(0);

            // The CSV form of the same applicants: the same subjects, nothing new (idempotent across formats).
            var csv = await SubmitAndWaitAsync(c, "/api/subjects/import", Raw(Fixture("good.csv"), "text/csv"));
            csv.GetProperty("status").GetString().Should().Be("Succeeded");
            csv.GetProperty("rejected").GetInt32().Should().Be(0);
            await using var db = app.Database.CreateContext(app.A.OrgId);
            var subjects = await db.Subjects.CountAsync();
            var again = await SubmitAndWaitAsync(c, "/api/subjects/import", Raw(Fixture("good.jsonl"), "application/x-ndjson"));
            again.GetProperty("added").GetInt32().Should().Be(0);
            (await db.Subjects.CountAsync()).Should().Be(subjects);
            // Photos are not resolved against the server's temporary folder.
            (await db.Subjects.Select(s => s.PhotoRef).ToListAsync())
                .Should().NotContain(r => r != null && r.StartsWith(Path.GetTempPath(), StringComparison.Ordinal));
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_broken_files_keep_good_rows_and_report_each_bad_row_by_line_and_field(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var c = app.As(app.A.Ingest);
            var csv = await SubmitAndWaitAsync(c, "/api/subjects/import", Raw(Fixture("broken.csv"), "text/csv"));
            csv.GetProperty("status").GetString().Should().Be("Succeeded");
            csv.GetProperty("added").GetInt32().Should().Be(2);
            csv.GetProperty("rejected").GetInt32().Should().Be(5);
            var errors = csv.GetProperty("errors").EnumerateArray().ToList();
            errors.Select(e => e.GetProperty("line").GetInt64()).Should().Equal(3, 4, 5, 6, 7);
            errors[0].GetProperty("field").GetString().Should().Be("date_of_birth");
            errors[0].GetProperty("message").GetString().Should().Contain("1991-13-45");

            // ?format= wins over a generic content type; the wrapped JSON form works too.
            var jsonl = await SubmitAndWaitAsync(c, "/api/subjects/import?format=jsonl", Raw(Fixture("broken.jsonl"), "text/plain"));
            jsonl.GetProperty("added").GetInt32().Should().Be(2);
            jsonl.GetProperty("rejected").GetInt32().Should().Be(8);
            var content = JsonSerializer.Serialize(File.ReadAllText(RepoPaths.Fixture("applicants/broken.csv")));
            var wrapped = await SubmitAndWaitAsync(c, "/api/subjects/import", JsonBody($$"""{"format":"csv","content":{{content}}}"""));
            wrapped.GetProperty("unchanged").GetInt32().Should().Be(2);
            wrapped.GetProperty("rejected").GetInt32().Should().Be(5);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Fact]
    public async Task Import_unsupported_or_malformed_bodies_get_4xx_and_queue_nothing()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite, runJobs: false);
        try
        {
            var c = app.As(app.A.Ingest);
            (await c.PostAsync("/api/subjects/import", Raw(Fixture("good.csv"), "text/plain"))).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            (await c.PostAsync("/api/subjects/import?format=xml", Raw(Fixture("good.csv"), "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", JsonBody("""{"format":"xml","content":"a"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", JsonBody("""{"format":"csv","content":"  "}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", JsonBody("""{"subjects":[{"externalId":"x","fullName":"y"}],"format":"csv","content":"id"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", JsonBody("""{"subjects":"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", JsonBody("""{"subjects":[]}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/subjects/import", Raw([], "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var huge = new byte[Jobs.ImportFormats.MaxBodyBytes + 1];
            (await c.PostAsync("/api/subjects/import", Raw(huge, "text/csv"))).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await app.As(app.A.ReadOnly).PostAsync("/api/subjects/import", Raw(Fixture("good.csv"), "text/csv"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            await using var db = app.Database.CreateContext();
            (await db.ImportJobs.CountAsync()).Should().Be(0);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
