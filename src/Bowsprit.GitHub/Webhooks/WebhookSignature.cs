using System.Security.Cryptography;
using System.Text;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>GitHub's <c>X-Hub-Signature-256</c>: <c>sha256=</c> plus the hex HMAC-SHA256 of the raw body.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return Prefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// True when <paramref name="header"/> is a valid signature of <paramref name="body"/> under any of the
    /// secrets. The comparison is constant-time so response timing reveals nothing about the expected value.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? header, IEnumerable<string> secrets)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        var valid = false;
        foreach (var secret in secrets)
        {
            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
            valid |= CryptographicOperations.FixedTimeEquals(expected, given);
        }

        return valid;
    }
}
