using System.Security.Cryptography;
using System.Text;
using PartnershipGraph.Web.Access.ApiKeys;

namespace PartnershipGraph.Web.Tests.Access.ApiKeys;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void Generates_distinct_well_formed_keys_of_32_random_bytes()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => ApiKeySecret.Generate()).ToList();

        Assert.Equal(50, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^pgk_[A-Za-z0-9_-]{43}$", k));
        Assert.All(keys, k => Assert.True(ApiKeySecret.IsWellFormed(k)));
    }

    [Fact]
    public void Hashes_with_sha256_as_lowercase_hex()
    {
        var key = ApiKeySecret.Generate();

        Assert.Equal(
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant(),
            ApiKeySecret.Hash(key)
        );
        Assert.NotEqual(ApiKeySecret.Hash(key), ApiKeySecret.Hash(ApiKeySecret.Generate()));
        Assert.Equal("pgk_", ApiKeySecret.PrefixOf(key)[..4]);
        Assert.Equal(12, ApiKeySecret.PrefixOf(key).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pgk_")]
    [InlineData("pgk_short")]
    [InlineData("xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("pgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("pgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Rejects_malformed_keys(string key)
    {
        Assert.False(ApiKeySecret.IsWellFormed(key));
    }

    [Fact]
    public void Compares_hashes_exactly()
    {
        var hash = ApiKeySecret.Hash("pgk_a");

        Assert.True(ApiKeySecret.HashesEqual(hash, ApiKeySecret.Hash("pgk_a")));
        Assert.False(ApiKeySecret.HashesEqual(hash, ApiKeySecret.Hash("pgk_b")));
    }
}
