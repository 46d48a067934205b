using Microsoft.AspNetCore.Identity;

namespace PartnershipGraph.Web.Access.Users;

/// <summary>
/// The admin's password and lockout rules: at least 12 characters and no composition rules, as the NCSC advises;
/// five wrong passwords in a row lock the account for 15 minutes.
/// </summary>
internal static class AdminPasswordPolicy
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 12;

    /// <summary>The wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>The rule as the pages state it.</summary>
    public const string Description =
        "At least 12 characters. Any characters are allowed and none are required: a few random words make a good password.";

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // The user name is the email address, checked as one; Identity's character list would refuse valid addresses.
        options.User.AllowedUserNameCharacters = "";
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
    }
}
