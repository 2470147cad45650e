using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Deck.Auth;

/// <summary>Antiforgery tokens for deck's forms; scripts send the same token in <c>X-CSRF-Token</c> (Prow's header).</summary>
public static class Csrf
{
    public const string HeaderName = "X-CSRF-Token";
    public const string FieldName = "csrf_token";

    /// <summary>A hidden form field carrying the request's token (also sets the paired cookie).</summary>
    public static string Field(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{Html.DeckHtml.E(tokens.RequestToken)}\">";
    }

    /// <summary>True when the request carries a valid token pair.</summary>
    public static async Task<bool> IsValidAsync(HttpContext http) =>
        await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
