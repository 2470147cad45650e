using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Bowsprit.GitHub.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Deck.Auth;

/// <summary>
/// GitHub OAuth web flow at Prow's paths: <c>/github-login</c> sends the browser to GitHub's authorize page,
/// <c>/github-login/redirect</c> trades the code for a token, asks GitHub who that is and signs them in.
/// The token is used once and not kept: deck authorizes with the login, as Prow does.
/// </summary>
internal static class GitHubLoginEndpoints
{
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public static void MapGitHubLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/github-login", (HttpContext http, DeckOptions options, DeckSession session) =>
        {
            if (options.GitHubOAuth is not { } oauth)
            {
                return DeckHttp.Text("GitHub OAuth is not configured.", 404);
            }

            var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var dest = LocalPath(http.Request.Query["dest"]) ?? "";
            http.Response.Cookies.Append(DeckSession.StateCookie, session.Protect(state + "\n" + dest, StateLifetime), Cookie(http, StateLifetime));
            var scopes = string.Join(' ', oauth.Scopes ?? []);
            var url = $"{options.GitHubOAuthHost.TrimEnd('/')}/login/oauth/authorize?client_id={Uri.EscapeDataString(oauth.ClientId)}" +
                      $"&redirect_uri={Uri.EscapeDataString(RedirectUrl(http, oauth))}&state={state}" +
                      (scopes.Length > 0 ? $"&scope={Uri.EscapeDataString(scopes)}" : "");
            return Results.Redirect(url);
        });

        app.MapGet("/github-login/redirect", RedirectAsync);

        app.MapPost("/github-logout", async (HttpContext http) =>
        {
            if (!await Csrf.IsValidAsync(http))
            {
                return DeckHttp.Text("Forbidden - CSRF token invalid", 403);
            }

            http.Response.Cookies.Delete(DeckSession.LoginCookie);
            http.Response.Cookies.Delete(DeckSession.GitHubLoginCookie);
            return Results.Redirect("/");
        });
    }

    private static async Task<IResult> RedirectAsync(HttpContext http, DeckOptions options, DeckSession session, IHttpClientFactory clients, TimeProvider time)
    {
        if (options.GitHubOAuth is not { } oauth)
        {
            return DeckHttp.Text("GitHub OAuth is not configured.", 404);
        }

        var saved = session.Unprotect(http.Request.Cookies[DeckSession.StateCookie]);
        var newline = saved?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        var state = http.Request.Query["state"].ToString();
        if (saved is null || newline < 0 || state.Length == 0 || !CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(saved[..newline]), System.Text.Encoding.UTF8.GetBytes(state)))
        {
            return DeckHttp.Text("Invalid or expired OAuth state; start the login again.", 400);
        }

        http.Response.Cookies.Delete(DeckSession.StateCookie);
        var code = http.Request.Query["code"].ToString();
        if (code.Length == 0)
        {
            return DeckHttp.Text("GitHub did not return an authorization code: " + http.Request.Query["error"], 401);
        }

        var http1 = clients.CreateClient(DeckServiceCollectionExtensions.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{options.GitHubOAuthHost.TrimEnd('/')}/login/oauth/access_token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = oauth.ClientId,
                ["client_secret"] = oauth.ClientSecret,
                ["code"] = code,
                ["redirect_uri"] = RedirectUrl(http, oauth),
                ["state"] = state,
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http1.SendAsync(request, http.RequestAborted);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(http.RequestAborted));
        if (!response.IsSuccessStatusCode || !body.RootElement.TryGetProperty("access_token", out var tokenElement) || tokenElement.GetString() is not { Length: > 0 } token)
        {
            var error = body.RootElement.TryGetProperty("error_description", out var d) ? d.GetString() : body.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
            return DeckHttp.Text("GitHub refused the login: " + (error ?? $"HTTP {(int)response.StatusCode}"), 401);
        }

        var user = await new GitHubClient(http1, new GitHubClientOptions { ApiUrl = options.GitHubApiUrl, Token = token, MaxAttempts = 1 }, time)
            .GetAuthenticatedUserAsync(http.RequestAborted);
        http.Response.Cookies.Append(DeckSession.LoginCookie, session.Protect(user.Login, DeckSession.LoginLifetime), Cookie(http, DeckSession.LoginLifetime));
        var readable = Cookie(http, DeckSession.LoginLifetime);
        readable.HttpOnly = false;
        http.Response.Cookies.Append(DeckSession.GitHubLoginCookie, user.Login, readable);
        var dest = saved[(newline + 1)..];
        return Results.Redirect(dest.Length > 0 ? dest : LocalPath(oauth.FinalRedirectUrl) ?? oauth.FinalRedirectUrl ?? "/");
    }

    /// <summary>A path-only redirect URL (e.g. <c>/github-login/redirect</c>) is taken relative to the host the browser used.</summary>
    private static string RedirectUrl(HttpContext http, GitHubOAuthConfig oauth) =>
        oauth.RedirectUrl.StartsWith('/') ? $"{http.Request.Scheme}://{http.Request.Host}{oauth.RedirectUrl}" : oauth.RedirectUrl;

    /// <summary>Only same-site paths are followed after login, so the flow cannot be used to bounce users elsewhere.</summary>
    private static string? LocalPath(string? dest) =>
        !string.IsNullOrEmpty(dest) && dest.StartsWith('/') && !dest.StartsWith("//", StringComparison.Ordinal) && !dest.StartsWith("/\\", StringComparison.Ordinal) ? dest : null;

    private static CookieOptions Cookie(HttpContext http, TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        MaxAge = lifetime,
    };
}
