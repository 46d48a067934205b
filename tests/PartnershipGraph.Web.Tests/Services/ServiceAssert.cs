using Microsoft.EntityFrameworkCore;
using PartnershipGraph.Domain.Auditing;
using PartnershipGraph.Web.Services.Common;

namespace PartnershipGraph.Web.Tests.Services;

/// <summary>Assertions on service results and on what they wrote.</summary>
public static class ServiceAssert
{
    /// <summary>Asserts the call failed with exactly one error of type <typeparamref name="TError"/> and returns it.</summary>
    public static TError Fails<TError, T>(ServiceResult<T> result)
        where TError : ServiceError
    {
        Assert.False(result.Succeeded, "The call succeeded but was expected to fail.");
        var error = Assert.Single(result.Errors);
        return Assert.IsType<TError>(error);
    }

    /// <summary>Asserts the call failed with a validation error on <c>input.{field}</c>.</summary>
    public static ValidationError FailsValidation<T>(ServiceResult<T> result, string field)
    {
        Assert.False(result.Succeeded, "The call succeeded but was expected to fail.");
        var errors = result.Errors.OfType<ValidationError>().ToList();
        var error = errors.FirstOrDefault(e => e.FieldPath.SequenceEqual(["input", field]));
        Assert.True(
            error is not null,
            $"No validation error on input.{field}; got: {string.Join("; ", result.Errors)}"
        );
        return error;
    }

    /// <summary>Asserts the call succeeded and returns its value.</summary>
    public static T Succeeds<T>(ServiceResult<T> result)
    {
        Assert.True(result.Succeeded, "Expected success; got: " + string.Join("; ", result.Errors));
        return result.Value;
    }

    /// <summary>Runs <paramref name="call"/> and asserts it changed no row of any table.</summary>
    public static async Task<ServiceResult<T>> WritesNothingAsync<T>(
        ServiceTestDatabase database,
        Func<Task<ServiceResult<T>>> call
    )
    {
        var before = await database.CountRowsAsync();
        var result = await call();
        Assert.Equal(before, await database.CountRowsAsync());
        return result;
    }

    /// <summary>Asserts exactly one audit entry exists and returns it.</summary>
    public static async Task<AuditEntry> SingleAuditAsync(ServiceTestDatabase database)
    {
        await using var db = database.CreatePlainContext();
        return Assert.Single(await db.AuditEntries.ToListAsync());
    }
}
