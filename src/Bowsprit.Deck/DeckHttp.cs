using Microsoft.AspNetCore.Http;

namespace Bowsprit.Deck;

/// <summary>Response details Prow's deck applies to everything dynamic.</summary>
internal static class DeckHttp
{
    /// <summary>Job data changes every second; Prow sends these two headers so no proxy or browser keeps it.</summary>
    public static void NoCache(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store, must-revalidate";
        response.Headers.Expires = "0";
    }

    public static IResult Text(string text, int status) => Results.Text(text + "\n", "text/plain; charset=utf-8", statusCode: status);
}
