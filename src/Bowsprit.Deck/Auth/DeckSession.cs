using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Bowsprit.Deck.Auth;

/// <summary>
/// Tamper-proof cookie values signed with the cookie secret (Prow's <c>--cookie-secret</c>): deck keeps no
/// server-side sessions, so any replica sharing the secret accepts the same login.
/// </summary>
internal sealed class DeckSession(DeckOptions options, TimeProvider time)
{
    public const string LoginCookie = "deck_session";

    /// <summary>Prow's readable cookie naming the signed-in user (its scripts show it); never trusted for auth.</summary>
    public const string GitHubLoginCookie = "github_login";

    public const string StateCookie = "deck_oauth_state";

    public static readonly TimeSpan LoginLifetime = TimeSpan.FromDays(7);

    // Without a configured secret every process signs with its own random key: logins do not survive a restart.
    private readonly byte[] _key = options.CookieSecret is { Length: > 0 } secret ? secret : RandomNumberGenerator.GetBytes(32);

    public string Protect(string payload, TimeSpan lifetime)
    {
        var expires = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(expires + "\n" + payload));
        return body + "." + WebEncoders.Base64UrlEncode(Sign(body));
    }

    /// <summary>The payload when the signature holds and the value has not expired; otherwise null.</summary>
    public string? Unprotect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var body = value[..dot];
            if (!CryptographicOperations.FixedTimeEquals(Sign(body), WebEncoders.Base64UrlDecode(value[(dot + 1)..])))
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(body));
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            if (newline < 0 || !long.TryParse(text.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var expires) ||
                expires < time.GetUtcNow().ToUnixTimeSeconds())
            {
                return null;
            }

            return text[(newline + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body));
}
