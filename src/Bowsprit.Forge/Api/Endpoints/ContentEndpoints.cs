using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary><c>GET /repos/{o}/{r}/contents/{path}?ref=</c>: files base64-encoded, directories as listings.</summary>
internal static class ContentEndpoints
{
    public static void MapContents(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/contents/{**path}", async (HttpContext http, ForgeContext forge, string owner, string repo, string? path) =>
        {
            var defaultBranch = await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)).DefaultBranch, http.RequestAborted);
            var rev = http.Request.Query["ref"].ToString() is { Length: > 0 } r ? r : defaultBranch;
            path = (path ?? "").Trim('/');
            if (path.Length > 0 && await forge.Git.ReadFileAsync(owner, repo, rev, path, http.RequestAborted) is { } file)
            {
                return ApiJson.Ok(new RepositoryContent
                {
                    Type = "file",
                    Encoding = "base64",
                    Size = file.Content.Length,
                    Name = path[(path.LastIndexOf('/') + 1)..],
                    Path = path,
                    Content = Convert.ToBase64String(file.Content, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal),
                    Sha = file.Sha,
                    HtmlUrl = forge.Presenter.Urls.Html($"{owner}/{repo}/blob/{rev}/{path}"),
                });
            }

            var entries = await forge.Git.ListTreeAsync(owner, repo, rev, path, http.RequestAborted) ?? throw ForgeApiException.NotFound();
            return ApiJson.Ok(entries.Select(e => new RepositoryContent
            {
                Type = e.Type == "tree" ? "dir" : "file",
                Size = e.Size ?? 0,
                Name = e.Name,
                Path = e.Path,
                Sha = e.Sha,
            }).ToList());
        });
    }
}
