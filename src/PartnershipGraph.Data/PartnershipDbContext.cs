using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data.Identity;
using PartnershipGraph.Data.Storage;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Auditing;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.LocalAreas;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.People;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data;

/// <summary>The EF Core unit of work over every stored entity of the partnership, and the admin's users.</summary>
/// <remarks>
/// Saving increments <see cref="Entity.Version"/> on every modified row; the update is refused with a
/// <see cref="DbUpdateConcurrencyException"/> when the stored version differs from the entry's original value.
/// </remarks>
public sealed class PartnershipDbContext(DbContextOptions<PartnershipDbContext> options)
    : IdentityUserContext<AdminUser, Guid>(options)
{
    /// <summary>The local areas.</summary>
    public DbSet<LocalArea> LocalAreas => Set<LocalArea>();

    /// <summary>The partner organisations.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>The named people.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>The boards and groups.</summary>
    public DbSet<PartnershipBoard> Boards => Set<PartnershipBoard>();

    /// <summary>The people's seats on boards.</summary>
    public DbSet<BoardMembership> BoardMemberships => Set<BoardMembership>();

    /// <summary>The schools.</summary>
    public DbSet<School> Schools => Set<School>();

    /// <summary>The schools' places on boards.</summary>
    public DbSet<SchoolBoardSeat> SchoolBoardSeats => Set<SchoolBoardSeat>();

    /// <summary>The actions schools deliver.</summary>
    public DbSet<SchoolActionRole> SchoolActionRoles => Set<SchoolActionRole>();

    /// <summary>The improvement plans and strategies.</summary>
    public DbSet<ImprovementPlan> Plans => Set<ImprovementPlan>();

    /// <summary>The plans' dated versions.</summary>
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    /// <summary>The plans' areas of weakness or priority.</summary>
    public DbSet<PlanArea> PlanAreas => Set<PlanArea>();

    /// <summary>The leads of plan areas.</summary>
    public DbSet<PlanAreaLead> PlanAreaLeads => Set<PlanAreaLead>();

    /// <summary>The actions of plan areas.</summary>
    public DbSet<PlanAction> Actions => Set<PlanAction>();

    /// <summary>The actions' append-only progress history.</summary>
    public DbSet<ActionUpdate> ActionUpdates => Set<ActionUpdate>();

    /// <summary>The people and groups responsible for actions.</summary>
    public DbSet<ActionResponsible> ActionResponsibles => Set<ActionResponsible>();

    /// <summary>The actions' steps.</summary>
    public DbSet<ActionMilestone> ActionMilestones => Set<ActionMilestone>();

    /// <summary>The key performance indicators.</summary>
    public DbSet<Kpi> Kpis => Set<Kpi>();

    /// <summary>The KPIs' dated targets.</summary>
    public DbSet<KpiMilestone> KpiMilestones => Set<KpiMilestone>();

    /// <summary>The KPIs' measured values.</summary>
    public DbSet<KpiActual> KpiActuals => Set<KpiActual>();

    /// <summary>The append-only audit trail.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The API keys, stored hashed.</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        IncrementVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        IncrementVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            SqliteStorageConventions.Apply(configurationBuilder);
        }
        else if (Database.IsNpgsql())
        {
            PostgresStorageConventions.Apply(configurationBuilder);
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity maps its tables first; the configurations then rename them to this schema's conventions.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnershipDbContext).Assembly);
    }

    private void IncrementVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
