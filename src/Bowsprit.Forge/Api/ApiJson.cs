using System.Text.Json;
using Bowsprit.GitHub.Json;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bowsprit.Forge.Api;

/// <summary>Reading request bodies and writing responses the way GitHub does.</summary>
public static class ApiJson
{
    public const string DocsUrl = "https://docs.github.com/rest";

    /// <summary>
    /// How request bodies are read: GitHub's names, but null where a value is required (a non-nullable property, a
    /// list element) is malformed rather than something to trip over after the state has changed.
    /// </summary>
    public static JsonSerializerOptions RequestOptions { get; } = CreateRequestOptions();

    public static IResult Ok<T>(T value, int status = 200) => Results.Json(value, GitHubJson.Options, statusCode: status);

    public static IResult Error(int status, string message, List<GitHubErrorDetail>? errors = null) =>
        Results.Json(new GitHubError { Message = message, Errors = errors, DocumentationUrl = DocsUrl, Status = status.ToString(System.Globalization.CultureInfo.InvariantCulture) }, GitHubJson.Options, statusCode: status);

    /// <summary>
    /// The request body as <typeparamref name="T"/>; no body at all is an empty request, and malformed JSON (or a body
    /// that is not an object, <c>null</c> included) is GitHub's 400.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class, new()
    {
        // A DELETE without a body has no Content-Length either: Kestrel knows it has no body.
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false)
        {
            return new T();
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, RequestOptions, ct) ?? throw new JsonException("The body is null.");
        }
        catch (JsonException)
        {
            throw new ForgeApiException(400, "Problems parsing JSON");
        }
    }

    private static JsonSerializerOptions CreateRequestOptions()
    {
        var options = new JsonSerializerOptions(GitHubJson.Options) { RespectNullableAnnotations = true };
        options.Converters.Add(new NoNullElementsConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
