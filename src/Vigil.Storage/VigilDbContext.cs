using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Vigil.Core.Cases;
using Vigil.Core.Model;

namespace Vigil.Storage;

/// <summary>
/// The Vigil database. Provider-specific subclasses (<see cref="SqliteVigilDbContext"/>,
/// <see cref="PostgresVigilDbContext"/>) own their migrations; create contexts with <see cref="VigilDatabase"/>.
/// </summary>
/// <remarks>
/// Tenancy is enforced here, not per endpoint: once <see cref="ScopeTo"/> is called, a global query filter limits
/// every organization-owned set to that organization, so a query that forgets to filter cannot leak another
/// tenant's rows. Only administrative code (CLI bootstrap, migrations) runs unscoped.
/// Migrations: <c>scripts/regen-migrations.sh</c> regenerates both providers' migrations from this model.
/// </remarks>
public abstract class VigilDbContext(DbContextOptions options) : DbContext(options)
{
    private Guid? _orgId;
    private bool _modelChosen;

    /// <summary>The organization this context is limited to, or null when unscoped.</summary>
    public Guid? OrgId => _orgId;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<SubjectIdentifier> SubjectIdentifiers => Set<SubjectIdentifier>();
    public DbSet<SubjectDocument> SubjectDocuments => Set<SubjectDocument>();
    public DbSet<ActivityEvent> Events => Set<ActivityEvent>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Auth.AuditHead> AuditHeads => Set<Auth.AuditHead>();
    public DbSet<StoredIndicator> Indicators => Set<StoredIndicator>();
    public DbSet<Auth.ApiKey> ApiKeys => Set<Auth.ApiKey>();
    public DbSet<Jobs.ImportJob> ImportJobs => Set<Jobs.ImportJob>();
    public DbSet<Sharing.TaxiiCollectionRecord> TaxiiCollections => Set<Sharing.TaxiiCollectionRecord>();
    public DbSet<Sharing.TaxiiObjectRecord> TaxiiObjects => Set<Sharing.TaxiiObjectRecord>();
    public DbSet<Sharing.TaxiiStatusRecord> TaxiiStatuses => Set<Sharing.TaxiiStatusRecord>();
    public DbSet<Sharing.SharingMarkRecord> SharingMarks => Set<Sharing.SharingMarkRecord>();
    public DbSet<Sharing.ReceivedIndicatorRecord> ReceivedIndicators => Set<Sharing.ReceivedIndicatorRecord>();
    public DbSet<Sharing.SightingRecord> Sightings => Set<Sharing.SightingRecord>();
    public DbSet<Lists.ListVersionRecord> ListVersions => Set<Lists.ListVersionRecord>();
    public DbSet<Lists.ListEntryRecord> ListEntries => Set<Lists.ListEntryRecord>();
    public DbSet<Lists.SanctionsSuppression> SanctionsSuppressions => Set<Lists.SanctionsSuppression>();
    public DbSet<Monitoring.MonitoringStateRecord> MonitoringStates => Set<Monitoring.MonitoringStateRecord>();

    public abstract StorageProvider Provider { get; }

    /// <summary>Limits every organization-owned query of this context to <paramref name="orgId"/>. Once set, the
    /// scope cannot be changed: a context serves one tenant.</summary>
    public VigilDbContext ScopeTo(Guid orgId)
    {
        if (_orgId is not null && _orgId != orgId)
        {
            throw new InvalidOperationException("This context is already scoped to another organization.");
        }
        if (_orgId is null && _modelChosen)
        {
            // The context already runs on the unfiltered model: scoping it now would filter nothing.
            throw new InvalidOperationException("Scope a context before its first use.");
        }
        _orgId = orgId;
        return this;
    }

    /// <summary>Called when EF picks this context's model (see <see cref="TenancyModelCacheKeyFactory"/>): from then
    /// on an unscoped context can no longer be scoped.</summary>
    internal void ChooseModel() => _modelChosen = true;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, TenancyModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VigilDbContext).Assembly);

        // Scoped and unscoped contexts get separate models (TenancyModelCacheKeyFactory): a scoped model filters each
        // tenant-owned type with a plain "OrgId = @org" that indexes on (org_id, ...) can seek, an unscoped one (admin
        // tools) has no filter. One model with "@org IS NULL OR OrgId = @org" made every query scan the whole table.
        if (_orgId is null)
        {
            return;
        }
        modelBuilder.Entity<Subject>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<SubjectIdentifier>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<SubjectDocument>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<ActivityEvent>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Alert>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Case>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<CaseNote>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<AuditEntry>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Auth.AuditHead>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<StoredIndicator>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Auth.ApiKey>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Jobs.ImportJob>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Sharing.TaxiiCollectionRecord>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Sharing.SharingMarkRecord>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Sharing.ReceivedIndicatorRecord>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Sharing.SightingRecord>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Lists.SanctionsSuppression>().HasQueryFilter(e => e.OrgId == _orgId);
        modelBuilder.Entity<Monitoring.MonitoringStateRecord>().HasQueryFilter(e => e.OrgId == _orgId);
    }
}
