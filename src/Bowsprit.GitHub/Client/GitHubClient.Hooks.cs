using System.Text.Json;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Webhook registrations, the deliveries log and GraphQL.</summary>
public sealed partial class GitHubClient
{
    public Task<Hook> CreateRepoHookAsync(string org, string repo, string url, string? secret, IReadOnlyList<string> events, CancellationToken ct) =>
        SendJsonAsync<Hook>(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/hooks", HookBody(url, secret, events), ct);

    public Task<Hook> CreateOrgHookAsync(string org, string url, string? secret, IReadOnlyList<string> events, CancellationToken ct) =>
        SendJsonAsync<Hook>(HttpMethod.Post, $"orgs/{E(org)}/hooks", HookBody(url, secret, events), ct);

    public Task<List<Hook>> ListRepoHooksAsync(string org, string repo, CancellationToken ct) =>
        GetAllPagesAsync<Hook>($"repos/{E(org)}/{E(repo)}/hooks", ct);

    public Task<List<HookDelivery>> ListRepoHookDeliveriesAsync(string org, string repo, long hookId, CancellationToken ct) =>
        GetAsync<List<HookDelivery>>($"repos/{E(org)}/{E(repo)}/hooks/{hookId}/deliveries", ct);

    public Task RedeliverRepoHookAsync(string org, string repo, long hookId, long deliveryId, CancellationToken ct) =>
        SendNoContentAsync(HttpMethod.Post, $"repos/{E(org)}/{E(repo)}/hooks/{hookId}/deliveries/{deliveryId}/attempts", null, ct);

    /// <summary>Runs a GraphQL query; GraphQL errors (HTTP 200 with <c>errors</c>) throw too.</summary>
    public async Task<JsonElement> QueryAsync(string query, IReadOnlyDictionary<string, object?>? variables, CancellationToken ct)
    {
        var response = await SendJsonAsync<JsonElement>(HttpMethod.Post, Options.EffectiveGraphQLUrl, new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables }, ct);
        if (response.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            throw new GitHubApiException(System.Net.HttpStatusCode.OK, "POST", "graphql", new GitHubError { Message = errors[0].GetProperty("message").GetString() ?? "GraphQL error" });
        }

        return response.GetProperty("data").Clone();
    }

    private static Dictionary<string, object> HookBody(string url, string? secret, IReadOnlyList<string> events) => new()
    {
        ["name"] = "web",
        ["active"] = true,
        ["events"] = events,
        ["config"] = new HookConfig { Url = url, Secret = secret, ContentType = "json" },
    };
}
