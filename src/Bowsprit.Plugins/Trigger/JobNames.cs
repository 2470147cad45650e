using System.Security.Cryptography;
using System.Text;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Names for ProwJobs that trigger creates. Prow uses random UUIDs; here the UUID is derived from the delivery, job
/// and SHA, so a redelivered webhook, or two handlers of one delivery (a PR's <c>opened</c> event and the
/// <c>/test</c> in its body), cannot start the same job twice: the second create hits the existing name, on every
/// hook replica, with no lock.
/// </summary>
internal static class JobNames
{
    /// <summary>An RFC 9562 version-8 UUID from the inputs, or null without a delivery id (then the factory's random name stays).</summary>
    public static string? For(string eventGuid, string job, string sha)
    {
        if (string.IsNullOrEmpty(eventGuid))
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{eventGuid}\n{job}\n{sha}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString();
    }
}
