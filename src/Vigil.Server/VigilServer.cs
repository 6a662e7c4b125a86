namespace Vigil.Server;

/// <summary>Builds the HTTP server; used by <c>Program</c>, by <c>vigil serve</c> and by <c>vigil demo</c>.</summary>
public static class VigilServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var app = builder.Build();
        Taxii.TaxiiApi.MapTaxiiApi(app);
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        return app;
    }
}
