using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Bowsprit.Forge.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Web;

/// <summary>
/// GitHub's OAuth web flow, enough for an app like deck to sign users in against the forge:
/// <c>GET/POST /login/oauth/authorize</c> (a page where the user names themselves; with <c>--require-auth</c>
/// they must also give one of their tokens, since the forge has no passwords) and
/// <c>POST /login/oauth/access_token</c> (code for a new token, JSON or form-encoded as GitHub answers).
/// Any client id and secret are accepted: the forge has no app registry.
/// </summary>
public static class ForgeOAuth
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    public static void MapForgeOAuth(this IEndpointRouteBuilder app)
    {
        var codes = new Dictionary<string, (string Login, string ClientId, DateTimeOffset Until)>(StringComparer.Ordinal);
        var gate = new Lock();

        app.MapGet("/login/oauth/authorize", (HttpContext http, ForgeContext forge) =>
        {
            var q = http.Request.Query;
            return Page(q["client_id"], q["redirect_uri"], q["state"], q["scope"], forge.Options.RequireAuth, error: null);
        });

        app.MapPost("/login/oauth/authorize", async (HttpContext http, ForgeContext forge) =>
        {
            if (await ReadFormAsync(http) is not { } form)
            {
                return BadForm();
            }

            string clientId = form["client_id"].ToString(), redirect = form["redirect_uri"].ToString(), state = form["state"].ToString(), scope = form["scope"].ToString();
            var login = form["login"].ToString().Trim();
            var token = form["token"].ToString().Trim();
            var known = await forge.Db.ReadAsync(s =>
                s.User(login) is { } user && (!forge.Options.RequireAuth || s.Tokens.GetValueOrDefault(token) == user.Login) ? user.Login : null, http.RequestAborted);
            if (known is null)
            {
                return Page(clientId, redirect, state, scope, forge.Options.RequireAuth, forge.Options.RequireAuth ? "Unknown user or wrong token." : "Unknown user.");
            }

            if (!Uri.TryCreate(redirect, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
            {
                return Results.BadRequest("redirect_uri must be an absolute http(s) URL");
            }

            var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
            lock (gate)
            {
                var now = forge.Time.GetUtcNow();
                foreach (var stale in codes.Where(c => c.Value.Until < now).Select(static c => c.Key).ToList())
                {
                    codes.Remove(stale);
                }

                codes[code] = (known, clientId, now + CodeLifetime);
            }

            var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return Results.Redirect($"{redirect}{separator}code={code}&state={Uri.EscapeDataString(state)}");
        });

        app.MapPost("/login/oauth/access_token", async (HttpContext http, ForgeContext forge) =>
        {
            Dictionary<string, string> values;
            if (!http.Request.HasFormContentType)
            {
                values = http.Request.Query.ToDictionary(static p => p.Key, static p => p.Value.ToString());
            }
            else if (await ReadFormAsync(http) is { } form)
            {
                values = form.ToDictionary(static p => p.Key, static p => p.Value.ToString());
            }
            else
            {
                return BadForm();
            }
            var code = values.GetValueOrDefault("code") ?? "";
            (string Login, string ClientId, DateTimeOffset Until) grant;
            bool found;
            lock (gate)
            {
                found = codes.Remove(code, out grant);
            }

            if (!found || grant.Until < forge.Time.GetUtcNow() || grant.ClientId != values.GetValueOrDefault("client_id"))
            {
                return Answer(http, new Dictionary<string, string>
                {
                    ["error"] = "bad_verification_code",
                    ["error_description"] = "The code passed is incorrect or expired.",
                });
            }

            var token = "gho_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
            await forge.Db.WriteAsync((s, c) =>
            {
                s.Tokens[token] = grant.Login;
                c.Meta = true;
            }, http.RequestAborted);
            return Answer(http, new Dictionary<string, string> { ["access_token"] = token, ["token_type"] = "bearer", ["scope"] = "" });
        });
    }

    /// <summary>The posted form, or null when the body is not a well-formed one: the client's error, never a 500.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static IResult BadForm() =>
        Results.Json(new Dictionary<string, string> { ["message"] = "Problems parsing the form (application/x-www-form-urlencoded expected)" }, statusCode: 400);

    /// <summary>GitHub answers 200 either way, as JSON when asked, else form-encoded.</summary>
    private static IResult Answer(HttpContext http, Dictionary<string, string> values) =>
        http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? Results.Json(values)
            : Results.Text(string.Join('&', values.Select(static p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")), "application/x-www-form-urlencoded");

    private static IResult Page(string? clientId, string? redirect, string? state, string? scope, bool requireToken, string? error)
    {
        static string E(string? s) => HtmlEncoder.Default.Encode(s ?? "");
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Authorize application · Bowsprit forge</title></head><body>
            <main><h1>Authorize {E(clientId)}</h1>
            <p>The application will learn your login and act with a new token for you.</p>
            {(error is null ? "" : $"<p role=\"alert\">{E(error)}</p>")}
            <form method="post" action="/login/oauth/authorize">
            <input type="hidden" name="client_id" value="{E(clientId)}"><input type="hidden" name="redirect_uri" value="{E(redirect)}">
            <input type="hidden" name="state" value="{E(state)}"><input type="hidden" name="scope" value="{E(scope)}">
            <p><label for="login">Username</label> <input id="login" name="login" autocomplete="username" required></p>
            {(requireToken ? "<p><label for=\"token\">Token</label> <input id=\"token\" name=\"token\" type=\"password\" required></p>" : "")}
            <p><button type="submit">Authorize</button></p></form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
