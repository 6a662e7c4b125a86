using AwesomeAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

/// <summary>The analyst's path through the real dashboard in Chromium, against a real Kestrel server.</summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Dashboard_queue_to_closed_case_shows_audit_trail()
    {
        Assert.SkipWhen(!File.Exists(Chromium), $"{Chromium} is not installed (./test.sh installs it)");
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var seed = await Seed.CreateAsync(db.Database, "browser-org", subjects: 5);
        var app = VigilServer.Build([], b =>
        {
            b.Configuration["Vigil:Storage:SqlitePath"] = db.Options.SqlitePath;
            b.Configuration["urls"] = "http://127.0.0.1:0";
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var shots = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        try
        {
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var pw = await Playwright.CreateAsync();
            await using var browser = await pw.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
            var errors = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            page.PageError += (_, e) => errors.Add(e);

            await page.GotoAsync(baseUrl + "/");
            page.Url.Should().Contain("/login");
            await page.FillAsync("#key", seed.Analyst);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("#view[data-ready=queue]");
            await page.WaitForSelectorAsync("#rows tr[data-id]");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "1-queue.png"), FullPage = true });
            var queueMs = await page.EvaluateAsync<double>("window.vigilTimings.queueMs");

            await page.SelectOptionAsync("#f-level", "High");
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#rows tr[data-id] .lvl')].every(e => e.textContent === 'High') && document.querySelectorAll('#rows tr[data-id]').length === 4");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "2-queue-high.png"), FullPage = true });
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForSelectorAsync("#view[data-ready=subject]");
            await page.WaitForSelectorAsync(".finding");
            var subjectMs = await page.EvaluateAsync<double>("window.vigilTimings.subjectMs");
            (await page.InnerTextAsync(".finding")).Should().Contain("PAY-05");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "3-subject.png"), FullPage = true });

            await page.ClickAsync("#to-cluster");
            await page.WaitForSelectorAsync("#view[data-ready=cluster]");
            (await page.Locator("svg.graph g.node").CountAsync()).Should().Be(5);
            (await page.TextContentAsync("svg.graph")).Should().Contain("PayoutAccount");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "4-cluster.png"), FullPage = true });

            await page.GoBackAsync();
            await page.WaitForSelectorAsync("#open-case");
            await page.ClickAsync("#open-case");
            await page.WaitForSelectorAsync("#view[data-ready=case]");
            await page.SelectOptionAsync("#disp", "Confirmed");
            await page.ClickAsync("#close-case");
            await page.WaitForFunctionAsync("() => document.querySelector('#case-status')?.textContent === 'Closed'");
            (await page.InnerTextAsync("#case-disposition")).Should().Be("Confirmed");
            var audit = await page.InnerTextAsync("#audit");
            audit.Should().Contain("case.open").And.Contain("case.update");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "5-case-closed.png"), FullPage = true });

            foreach (var route in new[] { "#/cases", "#/overview" })
            {
                await page.GotoAsync(baseUrl + "/" + route);
                await page.WaitForSelectorAsync("#view[data-ready=" + route[2..] + "]");
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "6-overview.png"), FullPage = true });
            errors.Should().BeEmpty();
            output.WriteLine($"queue first paint (render + data): {queueMs:F0} ms; subject view: {subjectMs:F0} ms");
            await File.WriteAllTextAsync(Path.Combine(shots, "timings.txt"), $"queue_ms={queueMs:F0}\nsubject_ms={subjectMs:F0}\n");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
