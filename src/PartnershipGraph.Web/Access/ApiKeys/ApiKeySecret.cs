using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PartnershipGraph.Web.Access.ApiKeys;

/// <summary>The API key itself: <c>pgk_</c> followed by 32 random bytes in base64url; only its SHA-256 hash is stored.</summary>
internal static class ApiKeySecret
{
    /// <summary>What every key starts with, so a leaked key is easy to recognise and scan for.</summary>
    public const string Marker = "pgk_";

    /// <summary>How many characters of a key are kept as its <see cref="Domain.Access.ApiKey.Prefix"/>.</summary>
    public const int PrefixLength = 12;

    private const int RandomBytes = 32;

    /// <summary>The length of every well-formed key: the marker and 43 base64url characters.</summary>
    public static readonly int Length = Marker.Length + Base64Url.GetEncodedLength(RandomBytes);

    /// <summary>A new key from the operating system's cryptographic random number generator.</summary>
    public static string Generate() =>
        Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>True when <paramref name="key"/> has the shape of a key (it may still be unknown or revoked).</summary>
    public static bool IsWellFormed(string key) =>
        key.Length == Length
        && key.StartsWith(Marker, StringComparison.Ordinal)
        && Base64Url.IsValid(key.AsSpan(Marker.Length), out var decoded)
        && decoded == RandomBytes;

    /// <summary>The SHA-256 hash of the key, as lowercase hex.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The characters shown in lists.</summary>
    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length)];

    /// <summary>Compares two hashes in time that does not depend on where they differ.</summary>
    public static bool HashesEqual(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(a),
            Encoding.ASCII.GetBytes(b)
        );
}
