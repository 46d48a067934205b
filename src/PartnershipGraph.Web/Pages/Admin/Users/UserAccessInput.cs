using System.ComponentModel.DataAnnotations;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;

namespace PartnershipGraph.Web.Pages.Admin.Users;

/// <summary>The role and scope fields the create and edit forms share.</summary>
public class UserAccessInput
{
    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public Role? Role { get; set; }

    [Display(Name = "Person they act for")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Local area")]
    public Guid? LocalAreaId { get; set; }

    public AdminUserAccess ToAccess() =>
        new(Role ?? Domain.Access.Role.Partner, PersonId, LocalAreaId);
}
