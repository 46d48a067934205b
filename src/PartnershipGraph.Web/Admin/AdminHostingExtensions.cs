using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.Admin;

/// <summary>Registers and maps the server-rendered admin: Razor Pages under <c>/Admin</c>, signed in, with its stylesheet.</summary>
internal static class AdminHostingExtensions
{
    /// <summary>The folders only administrators open; every other admin folder admits any signed-in user.</summary>
    public static IReadOnlyList<string> AdministratorFolders { get; } =
    ["/Admin/Users", "/Admin/ApiKeys", "/Admin/Audit"];

    public static WebApplicationBuilder AddPartnershipAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", AccessPolicies.SignedIn);
            foreach (var folder in AdministratorFolders)
            {
                options.Conventions.AuthorizeFolder(folder, AccessPolicies.Administrator);
            }
        });
        return builder;
    }

    /// <summary>Serves the stylesheets and maps the pages (the start page, sign-in and the admin).</summary>
    public static WebApplication MapPartnershipAdmin(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
