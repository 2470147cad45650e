using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Deck.Auth;

/// <summary>Who is asking: a GitHub login from the session cookie or a bearer token, or nobody.</summary>
public sealed record DeckIdentity(string? Login, bool ViaBearer)
{
    private const string ItemKey = "bowsprit.deck.identity";

    public static DeckIdentity Anonymous { get; } = new(null, false);

    /// <summary>The cookie identity (cheap, synchronous); actions use <see cref="BearerLogins"/> for tokens first.</summary>
    public static DeckIdentity Of(HttpContext http)
    {
        if (http.Items[ItemKey] is DeckIdentity known)
        {
            return known;
        }

        var session = http.RequestServices.GetRequiredService<DeckSession>();
        var login = session.Unprotect(http.Request.Cookies[DeckSession.LoginCookie]);
        var identity = string.IsNullOrEmpty(login) ? Anonymous : new DeckIdentity(login, false);
        http.Items[ItemKey] = identity;
        return identity;
    }

    internal static void Set(HttpContext http, DeckIdentity identity) => http.Items[ItemKey] = identity;
}
