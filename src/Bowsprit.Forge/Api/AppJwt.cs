using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Api;

/// <summary>
/// Checks a GitHub App's JWT the way GitHub does: RS256 signed by the key registered for the App named in <c>iss</c>,
/// not expired, not issued in the future, and valid for at most ten minutes.
/// </summary>
public static class AppJwt
{
    private const string Key = "bowsprit.forge.app";
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);

    public static bool LooksLikeJwt(string token) => token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count(c => c == '.') == 2;

    /// <summary>The id of the App that signed <paramref name="jwt"/>, or null when it is not a valid App JWT at <paramref name="now"/>.</summary>
    public static long? Verify(ForgeState state, string jwt, DateTimeOffset now)
    {
        try
        {
            var parts = jwt.Split('.');
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (header.RootElement.ValueKind != JsonValueKind.Object || !header.RootElement.TryGetProperty("alg", out var alg) ||
                alg.ValueKind != JsonValueKind.String || alg.GetString() != "RS256")
            {
                return null;
            }

            using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = claims.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("iss", out var iss) || !TryLong(iss, out var appId) ||
                !root.TryGetProperty("exp", out var expClaim) || !expClaim.TryGetInt64(out var exp) ||
                !root.TryGetProperty("iat", out var iatClaim) || !iatClaim.TryGetInt64(out var iat) ||
                !state.Apps.TryGetValue(appId, out var app))
            {
                return null;
            }

            var nowSeconds = now.ToUnixTimeSeconds();
            if (exp <= nowSeconds || iat > nowSeconds + (long)Skew.TotalSeconds || exp - iat > (long)(MaxLifetime + Skew).TotalSeconds)
            {
                return null;
            }

            using var rsa = RSA.Create();
            rsa.ImportFromPem(app.PublicKeyPem);
            var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
            return rsa.VerifyData(signed, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1) ? appId : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public static void Attach(HttpContext context, long appId) => context.Items[Key] = appId;

    /// <summary>The App calling with a verified JWT, or GitHub's 401 for anything else.</summary>
    public static long Require(HttpContext context) =>
        context.Items[Key] as long? ?? throw new ForgeApiException(401, "A JSON web token could not be decoded");

    private static bool TryLong(JsonElement value, out long result)
    {
        result = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out result),
            JsonValueKind.String => long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out result),
            _ => false,
        };
    }
}
