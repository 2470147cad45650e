using Bowsprit.Forge.Api.Search;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary><c>GET /search/issues</c>.</summary>
internal static class SearchEndpoints
{
    public static void MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search/issues", async (HttpContext http, ForgeContext forge) =>
        {
            var q = http.Request.Query["q"].ToString();
            if (string.IsNullOrWhiteSpace(q))
            {
                throw ForgeApiException.Validation("Search", "q");
            }

            var query = IssueSearchQuery.Parse(q);
            var (page, perPage) = Paging.Read(http.Request);
            var ascending = http.Request.Query["order"] == "asc";
            var sort = http.Request.Query["sort"].ToString();
            var result = await forge.Db.ReadAsync(s =>
            {
                var found = IssueSearch.Run(s, query, ForgeContext.Viewer(http));
                Func<(State.ForgeRepo Repo, State.ForgeIssue Issue), DateTimeOffset> key = sort == "updated" ? p => p.Issue.UpdatedAt : p => p.Issue.CreatedAt;
                var ordered = ascending ? found.OrderBy(key) : found.OrderByDescending(key);
                return new SearchIssuesResult
                {
                    TotalCount = found.Count,
                    Items = [.. ordered.Skip((int)Math.Min(int.MaxValue, (page - 1L) * perPage)).Take(perPage).Select(p => forge.Presenter.Issue(s, p.Repo, p.Issue))],
                };
            }, http.RequestAborted);
            Paging.SetLink(http, page, Math.Max(1, (result.TotalCount + perPage - 1) / perPage));
            return ApiJson.Ok(result);
        });
    }
}
