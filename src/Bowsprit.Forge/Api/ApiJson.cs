using System.Text.Json;
using Bowsprit.GitHub.Json;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Api;

/// <summary>Reading request bodies and writing responses the way GitHub does.</summary>
public static class ApiJson
{
    public const string DocsUrl = "https://docs.github.com/rest";

    public static IResult Ok<T>(T value, int status = 200) => Results.Json(value, GitHubJson.Options, statusCode: status);

    public static IResult Error(int status, string message, List<GitHubErrorDetail>? errors = null) =>
        Results.Json(new GitHubError { Message = message, Errors = errors, DocumentationUrl = DocsUrl, Status = status.ToString(System.Globalization.CultureInfo.InvariantCulture) }, GitHubJson.Options, statusCode: status);

    /// <summary>The request body as <typeparamref name="T"/>; malformed or missing JSON is GitHub's 400.</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class, new()
    {
        if (request.ContentLength == 0)
        {
            return new T();
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, GitHubJson.Options, ct) ?? new T();
        }
        catch (JsonException)
        {
            throw new ForgeApiException(400, "Problems parsing JSON");
        }
    }
}
