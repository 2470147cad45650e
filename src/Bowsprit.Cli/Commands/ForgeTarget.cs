using System.Net.Http.Json;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Cli.Commands;

/// <summary>A forge to drive: REST through the GitHub client, identities through the forge's admin API.</summary>
internal sealed class ForgeTarget(string baseUrl, string? token) : IDisposable
{
    private readonly HttpClient _http = new();

    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    /// <summary>A GitHub client acting as <paramref name="user"/> (a fresh token from the admin API), or with the given token.</summary>
    public async Task<GitHubClient> ClientAsync(string? user, CancellationToken ct)
    {
        var effective = user is null ? token : await TokenForAsync(user, ct);
        return new GitHubClient(_http, new GitHubClientOptions { ApiUrl = $"{BaseUrl}/api/v3", Token = effective, UserAgent = "bowsprit-forge-cli" }, TimeProvider.System);
    }

    public async Task<string> TokenForAsync(string user, CancellationToken ct)
    {
        var response = await AdminAsync(HttpMethod.Post, $"users/{Uri.EscapeDataString(user)}/tokens", new { }, ct);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct);
        return body!["token"];
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, $"{BaseUrl}/api/forge/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} /api/forge/{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return response;
    }

    public void Dispose() => _http.Dispose();
}
