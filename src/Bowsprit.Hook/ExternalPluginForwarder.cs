using System.Net.Http.Headers;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hosting;
using Bowsprit.Sqlite;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hook;

/// <summary>
/// Sends deliveries to the external plugins configured for the repository (org or org/repo entries whose
/// <c>events</c> include the event, or all events when empty), as GitHub would: the original body with
/// <c>X-GitHub-*</c> headers and a fresh signature, retried a few times.
/// </summary>
public sealed partial class ExternalPluginForwarder(IHttpClientFactory httpClients, ConfigAgent<HmacSecrets> secrets, TimeProvider time, ILogger<ExternalPluginForwarder> logger)
{
    public const string HttpClientName = "bowsprit-hook-external-plugins";
    private const int Attempts = 3;

    public async Task<IReadOnlyList<string>> ForwardAsync(InboxDelivery delivery, PluginsConfig config, CancellationToken ct)
    {
        var (repo, org, _, _) = HookEndpoints.Identify(delivery.Body);
        var owner = org ?? repo?.Split('/')[0];
        var targets = new List<ExternalPlugin>();
        foreach (var scope in new[] { owner, repo })
        {
            if (scope is not null && config.ExternalPlugins?.TryGetValue(scope, out var list) == true)
            {
                targets.AddRange(list.Where(p => p.Events is not { Count: > 0 } || p.Events.Contains(delivery.Event)));
            }
        }

        var errors = new List<string>();
        var tokens = secrets.Current.Value.For(repo, owner);
        var token = tokens.Count > 0 ? tokens[0] : null;
        foreach (var plugin in targets.DistinctBy(p => p.EffectiveEndpoint))
        {
            if (await SendAsync(plugin, delivery, token, ct) is { } error)
            {
                errors.Add($"external plugin {plugin.Name}: {error}");
            }
        }

        return errors;
    }

    private async Task<string?> SendAsync(ExternalPlugin plugin, InboxDelivery delivery, string? token, CancellationToken ct)
    {
        string? error = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, plugin.EffectiveEndpoint) { Content = new ByteArrayContent(delivery.Body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.UserAgent.ParseAdd("ProwHook");
                request.Headers.Add("X-GitHub-Event", delivery.Event);
                request.Headers.Add("X-GitHub-Delivery", delivery.Guid);
                if (token is not null)
                {
                    request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(delivery.Body, token));
                }

                using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                error = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                error = e.Message;
            }

            if (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, ct);
            }
        }

        LogForwardFailed(logger, plugin.Name ?? "", delivery.Event, delivery.Guid, error ?? "");
        return error;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "External plugin {Plugin} did not take {Event} delivery {Delivery}: {Error}")]
    private static partial void LogForwardFailed(ILogger logger, string plugin, string @event, string delivery, string error);
}
