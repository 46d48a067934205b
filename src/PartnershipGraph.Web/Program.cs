using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Admin;
using PartnershipGraph.Web.Database;
using PartnershipGraph.Web.GraphQL.Common;
using PartnershipGraph.Web.Health;
using PartnershipGraph.Web.Reports;
using PartnershipGraph.Web.Spreadsheets;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartnershipDatabase();
builder.AddPartnershipAccess();
builder.AddPartnershipGraphQL();
builder.Services.AddPartnershipHealthChecks();
builder.AddPartnershipAdmin();
builder.Services.AddPlanSpreadsheets();
builder.Services.AddPartnershipReports();

var app = builder.Build();
if (ApiKeyCommand.IsInvoked(args))
{
    return await app.RunApiKeyCommandAsync(args);
}
if (AdminUserCommand.IsInvoked(args))
{
    return await app.RunAdminUserCommandAsync(args);
}
if (args.Contains(MigrateCommand.Name))
{
    return await app.RunMigrateCommandAsync();
}
if (!await app.InitializePartnershipDatabaseAsync())
{
    return 1;
}
app.UsePartnershipAccess();
app.MapPartnershipHealthChecks();
app.MapPartnershipGraphQL();
app.MapPartnershipAdmin();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to integration tests.</summary>
public partial class Program;
