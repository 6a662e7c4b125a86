using Microsoft.Playwright;

namespace Vigil.Server.Tests.Browser;

/// <summary>
/// One signed-in browser page on the dashboard that records what the analyst must never see or leak: console errors,
/// page errors, failed requests, and every URL requested (to check that no personal data travels in URLs).
/// </summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page, string baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Errors.Add($"console: {m.Text} ({page.Url})");
            }
        };
        page.PageError += (_, e) => Errors.Add($"page error: {e} ({page.Url})");
        page.RequestFailed += (_, r) => Errors.Add($"request failed: {r.Url} {r.Failure}");
        page.Request += (_, r) => RequestedUrls.Add(r.Url);
        page.FrameNavigated += (_, f) => RequestedUrls.Add(f.Url);
    }

    public IPage Page { get; }
    public string BaseUrl { get; }
    public List<string> Errors { get; } = [];
    public List<string> RequestedUrls { get; } = [];

    public static async Task<DashboardPage> SignInAsync(DemoDashboardFixture fixture, int width = 1400, int height = 1000)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = new DashboardPage(context, await context.NewPageAsync(), fixture.BaseUrl);
        await page.Page.GotoAsync(fixture.BaseUrl + "/");
        if (!page.Page.Url.Contains("/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An anonymous visit must land on /login, not " + page.Page.Url);
        }
        await page.Page.FillAsync("#key", fixture.AnalystKey);
        await page.Page.ClickAsync("button[type=submit]");
        await page.WaitReadyAsync("queue");
        return page;
    }

    /// <summary>Waits until the view <paramref name="name"/> has rendered its data (the app sets <c>data-ready</c>).</summary>
    public Task WaitReadyAsync(string name) => Page.WaitForSelectorAsync($"#view[data-ready={name}]");

    /// <summary>Loads a route from scratch (a full page load, as a bookmark or a shared link would).</summary>
    public async Task OpenAsync(string route, string name)
    {
        // Via a blank page: going from /#/a to /#/b would only change the hash, not load the page.
        await Page.GotoAsync("about:blank");
        await Page.GotoAsync(BaseUrl + "/" + route);
        await WaitReadyAsync(name);
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(DemoDashboardFixture.ArtifactsDirectory, "screenshots", name + ".png"), FullPage = true });

    /// <summary>A JSON API call with the page's session cookie.</summary>
    public Task<T> FetchAsync<T>(string path) => Page.EvaluateAsync<T>("async (p) => (await fetch(p)).json()", path);

    public async Task<double> TimingAsync(string view, string field) =>
        await Page.EvaluateAsync<double>("([v, f]) => window.vigilTimings[v][f]", new[] { view, field });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
