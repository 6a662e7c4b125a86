using Vigil.Server.Auth;
using Vigil.Storage;

namespace Vigil.Server.Hosting;

public static class StorageExtensions
{
    /// <summary>Registers the database chosen by <c>Vigil:Storage</c>, migrates it at start, and gives each request an
    /// <see cref="VigilDbContext"/> scoped to the caller's organization.</summary>
    public static IHostApplicationBuilder AddVigilStorage(this IHostApplicationBuilder builder)
    {
        // Read when first resolved, not now: hosts and tests may add configuration after this call.
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IConfiguration>().GetSection(VigilStorageSettings.Section).Get<VigilStorageSettings>() ?? new();
            return new VigilDatabase(string.IsNullOrWhiteSpace(settings.PostgresConnectionString)
                ? StorageOptions.ForSqlite(settings.SqlitePath)
                : StorageOptions.ForPostgres(settings.PostgresConnectionString));
        });
        builder.Services.AddHostedService<StorageMigrator>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);

        // The tenant boundary: a request can only obtain a context filtered to its own organization. There is no
        // unscoped context in the request container, so an endpoint cannot forget the filter.
        builder.Services.AddScoped<VigilDbContext>(sp =>
        {
            var user = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User;
            var orgId = user?.FindOrgId() ?? throw new InvalidOperationException(
                "An organization-scoped database was requested outside an authenticated request.");
            return sp.GetRequiredService<VigilDatabase>().CreateContext(orgId);
        });
        return builder;
    }
}
