using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Bowsprit.Forge.Api;

/// <summary>GitHub's <c>page</c>/<c>per_page</c> pagination with a <c>Link</c> header.</summary>
public static class Paging
{
    public static IResult Page<T>(HttpContext context, IReadOnlyList<T> items)
    {
        var (page, perPage) = Read(context.Request);
        var last = Math.Max(1, (items.Count + perPage - 1) / perPage);
        // In long: a page far past the end (page=2147483647) must not overflow into the first page.
        var slice = items.Skip((int)Math.Min(int.MaxValue, (page - 1L) * perPage)).Take(perPage).ToList();
        SetLink(context, page, last);
        return ApiJson.Ok(slice);
    }

    public static (int Page, int PerPage) Read(HttpRequest request)
    {
        var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var perPage = int.TryParse(request.Query["per_page"], NumberStyles.None, CultureInfo.InvariantCulture, out var pp) && pp > 0 ? Math.Min(pp, 100) : 30;
        return (page, perPage);
    }

    public static void SetLink(HttpContext context, int page, int last)
    {
        if (last <= 1)
        {
            return;
        }

        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{With(context, page + 1)}>; rel=\"next\"");
            links.Add($"<{With(context, last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{With(context, 1)}>; rel=\"first\"");
            links.Add($"<{With(context, page - 1)}>; rel=\"prev\"");
        }

        context.Response.Headers.Link = string.Join(", ", links);
    }

    private static string With(HttpContext context, int page)
    {
        var query = QueryString.Create(context.Request.Query
            .Where(static q => q.Key != "page")
            .SelectMany(static q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture))));
        return UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, context.Request.Path, query);
    }
}
