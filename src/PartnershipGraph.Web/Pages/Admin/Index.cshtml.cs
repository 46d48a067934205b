using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access;

namespace PartnershipGraph.Web.Pages.Admin;

/// <summary>The admin's home page: who is signed in and where their work is.</summary>
public sealed class IndexModel(IActorAccessor actors) : PageModel
{
    /// <summary>The signed-in user as the access rules see them.</summary>
    public Actor Actor => actors.Actor;
}
