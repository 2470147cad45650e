using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Api;

/// <summary>An API failure with GitHub's status code and error body.</summary>
public sealed class ForgeApiException(int statusCode, string message, List<GitHubErrorDetail>? errors = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public List<GitHubErrorDetail>? Errors { get; } = errors;

    public static ForgeApiException NotFound() => new(404, "Not Found");

    public static ForgeApiException Validation(string resource, string field, string code = "missing_field") =>
        new(422, "Validation Failed", [new GitHubErrorDetail { Resource = resource, Field = field, Code = code }]);

    public static ForgeApiException Forbidden(string message = "Resource not accessible by integration") => new(403, message);
}
