using System.Net;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>A GitHub API call failed; carries the status and GitHub's error message.</summary>
public sealed class GitHubApiException(HttpStatusCode status, string method, string path, GitHubError? error)
    : Exception($"{method} {path}: {(int)status} {error?.Message ?? status.ToString()}")
{
    public HttpStatusCode StatusCode { get; } = status;

    public GitHubError? Error { get; } = error;

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
