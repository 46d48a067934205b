using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Domain.Access;
using PartnershipGraph.Web.Access.Users;
using PartnershipGraph.Web.Tests.Infrastructure;
using PartnershipGraph.Web.Tests.Pages.Admin;

namespace PartnershipGraph.Web.Tests.Pages.Account;

/// <summary>The web host with its real sign-in: users are created through the user service and sign in through the form.</summary>
internal sealed class SignInTestHost : IDisposable
{
    public const string Password = "correct horse battery";

    public SignInTestHost(params (string Key, string? Value)[] settings) =>
        Factory = new PartnershipWebFactory(null, settings);

    public PartnershipWebFactory Factory { get; }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with <see cref="Password"/> and returns their id.</summary>
    public async Task<Guid> CreateUserAsync(
        string email,
        Role role = Role.Admin,
        Guid? personId = null,
        Guid? localAreaId = null
    )
    {
        Factory.CreateClient().Dispose();
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<AdminUserService>();
        var result = await users.CreateAsync(
            email,
            Password,
            new AdminUserAccess(role, personId, localAreaId),
            AdminUserCommandLine.CommandActor,
            CancellationToken.None
        );
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.User!.Id;
    }

    /// <summary>Runs <paramref name="action"/> with the user service in a scope of its own.</summary>
    public async Task<T> WithUsersAsync<T>(Func<AdminUserService, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdminUserService>());
    }

    /// <summary>Posts the sign-in form with its antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(
        HttpClient client,
        string email,
        string password,
        string url = "/Account/SignIn"
    ) =>
        AdminTestHost.PostFormAsync(
            client,
            url,
            [new("Input.Email", email), new("Input.Password", password)]
        );

    /// <summary>Signs the client in, asserting it worked.</summary>
    public static async Task SignInAsync(HttpClient client, string email)
    {
        using var response = await PostSignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public void Dispose() => Factory.Dispose();
}
