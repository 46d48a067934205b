using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipGraph.Data;
using PartnershipGraph.Data.Initialization;

namespace PartnershipGraph.Web.Database;

/// <summary>Registers the database: options, the EF Core context and the start-up migration and seeding.</summary>
internal static class DatabaseHostingExtensions
{
    public static WebApplicationBuilder AddPartnershipDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder
            .Services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(o =>
                o.ConnectionString ??= configuration.GetConnectionString(
                    DatabaseOptions.ConnectionStringName
                )
            )
            .Validate(
                o =>
                    o.Provider != DatabaseProvider.PostgreSql
                    || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"Database:Provider is PostgreSql but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."
            )
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value
        );
        builder.Services.AddDbContextFactory<PartnershipDbContext>(
            (sp, options) =>
                options.UsePartnershipDatabase(sp.GetRequiredService<DatabaseOptions>())
        );
        builder.Services.AddSingleton(sp => new DatabaseInitializer(
            sp.GetRequiredService<DatabaseOptions>(),
            sp.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContext,
            sp.GetRequiredService<ILogger<DatabaseInitializer>>()
        ));
        return builder;
    }
}
