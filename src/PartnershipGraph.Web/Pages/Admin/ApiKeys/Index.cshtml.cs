using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;
using PartnershipGraph.Web.Access.ApiKeys;
using PartnershipGraph.Web.Pages.Admin.Users;

namespace PartnershipGraph.Web.Pages.Admin.ApiKeys;

/// <summary>Every API key, newest first, with a button to revoke each active one.</summary>
public sealed class IndexModel(
    ApiKeyStore store,
    ApiKeyAudit audit,
    IActorAccessor actors,
    IDbContextFactory<PartnershipDbContext> contexts
) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public UserFormOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Keys = await store.ListAsync(cancellationToken);
        Options = await UserFormOptions.LoadAsync(contexts, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var key = await store.RevokeAsync(id.ToString(), cancellationToken);
            await audit.RecordAsync(actors.Actor, key, "Revoked", cancellationToken);
            TempData["Notice"] =
                $"Revoked {key.Prefix} \"{key.Name}\": requests with it are refused.";
        }
        catch (ApiKeyRequestException refused)
        {
            TempData["Notice"] = refused.Message;
        }
        return RedirectToPage("Index");
    }
}
