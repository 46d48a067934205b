using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnershipGraph.Web.Pages.Account;

/// <summary>Shown when a signed-in user opens a page their role does not allow.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() { }
}
