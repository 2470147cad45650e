using System.Security.Cryptography;
using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>
/// What GitHub's App settings pages do, as admin API: register an App with its public key (the private key stays
/// with whoever runs the App) and install it on an org or user.
/// </summary>
internal static class AdminAppEndpoints
{
    public static void MapAdminApps(this RouteGroupBuilder admin)
    {
        admin.MapPost("/apps", async (HttpContext http, ForgeContext forge) =>
        {
            var request = await ApiJson.ReadAsync<AppRequest>(http.Request, http.RequestAborted);
            await AdminEndpoints.RequireAdminAsync(http, forge);
            if (!GitNames.IsValidName(request.Slug) || request.Slug!.Contains('[', StringComparison.Ordinal) || request.Slug.Contains('/', StringComparison.Ordinal))
            {
                throw ForgeApiException.Validation("App", "slug", "invalid");
            }

            if (request.Id is <= 0)
            {
                throw ForgeApiException.Validation("App", "id", "invalid");
            }

            var publicKey = PublicPem(request.PublicKey) ?? throw ForgeApiException.Validation("App", "public_key", "invalid");
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var id = request.Id ?? s.NewId();
                if (s.Apps.Values.Any(a => a.Id != id && string.Equals(a.Slug, request.Slug, StringComparison.OrdinalIgnoreCase)))
                {
                    throw ForgeApiException.Validation("App", "slug", "already_exists");
                }

                var app = s.Apps.GetValueOrDefault(id) ?? new ForgeApp { Id = id };
                app.Slug = request.Slug;
                app.Name = request.Name ?? request.Slug;
                app.PublicKeyPem = publicKey;
                s.Apps[id] = app;
                s.LastId = Math.Max(s.LastId, id);
                if (s.User(app.BotLogin) is null)
                {
                    s.Users[app.BotLogin] = new ForgeUser { Id = s.NewId(), Login = app.BotLogin, Type = "Bot", CreatedAt = forge.Time.GetUtcNow() };
                    c.Users.Add(app.BotLogin);
                }

                c.Meta = true;
                return AppEndpoints.App(forge, app);
            }, http.RequestAborted), 201);
        });

        admin.MapPost("/apps/{slug}/installations", async (HttpContext http, ForgeContext forge, string slug) =>
        {
            var request = await ApiJson.ReadAsync<AppRequest>(http.Request, http.RequestAborted);
            await AdminEndpoints.RequireAdminAsync(http, forge);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var app = s.Apps.Values.FirstOrDefault(a => string.Equals(a.Slug, slug, StringComparison.OrdinalIgnoreCase)) ?? throw ForgeApiException.NotFound();
                var account = s.User(request.Account)?.Login ?? throw ForgeApiException.Validation("Installation", "account", "invalid");
                var id = app.Installations.Where(i => string.Equals(i.Value, account, StringComparison.OrdinalIgnoreCase)).Select(i => (long?)i.Key).FirstOrDefault();
                if (id is null)
                {
                    id = s.NewId();
                    app.Installations[id.Value] = account;
                    c.Meta = true;
                }

                return AppEndpoints.Installation(s, forge, app, id.Value);
            }, http.RequestAborted), 201);
        });
    }

    /// <summary>The SubjectPublicKeyInfo PEM of an RSA key given as any PEM GitHub or OpenSSL writes; null when it is none.</summary>
    private static string? PublicPem(string? pem)
    {
        if (string.IsNullOrWhiteSpace(pem) || pem.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return rsa.ExportSubjectPublicKeyInfoPem();
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return null;
        }
    }
}
