using System.Diagnostics;
using System.Net.Http.Headers;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Forge.Webhooks;

/// <summary>
/// Delivers queued events to every matching hook (repository, organization, global), signed with the hook's
/// secret, retrying failures with backoff, and records each attempt for the deliveries API. Events are sent
/// in the order they happened; a slow receiver delays later events rather than reordering them.
/// </summary>
public sealed partial class WebhookDispatcher(
    WebhookQueue queue, ForgeDatabase database, IHttpClientFactory httpClients, ForgeOptions options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string HttpClientName = "bowsprit-forge-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var webhook in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var hooks = await database.ReadAsync(s => MatchingHooks(s, webhook), stoppingToken);
                foreach (var hook in hooks)
                {
                    await DeliverWithRetriesAsync(hook, webhook, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, webhook.Event, e);
            }
        }
    }

    /// <summary>Sends a recorded delivery again (the deliveries API's redeliver), once, and records it.</summary>
    public async Task<ForgeDelivery> RedeliverAsync(ForgeHook hook, ForgeDelivery previous, CancellationToken ct)
    {
        var webhook = new PendingWebhook(previous.Event, previous.Action, null, null, previous.RepositoryId, System.Text.Encoding.UTF8.GetBytes(previous.Payload));
        return await DeliverOnceAsync(hook, webhook, previous.Guid, redelivery: true, ct);
    }

    private static List<ForgeHook> MatchingHooks(ForgeState state, PendingWebhook webhook)
    {
        var hooks = new List<ForgeHook>();
        if (webhook.RepoFullName is not null && state.Repos.TryGetValue(webhook.RepoFullName, out var repo))
        {
            hooks.AddRange(repo.Hooks);
        }

        if (webhook.Org is not null && state.Orgs.TryGetValue(webhook.Org, out var org))
        {
            hooks.AddRange(OrgHooks.Of(state, org.Login));
        }

        hooks.AddRange(OrgHooks.Global(state));
        return [.. hooks.Where(h => h.Active && (h.Events.Contains("*") || h.Events.Contains(webhook.Event)))];
    }

    private async Task DeliverWithRetriesAsync(ForgeHook hook, PendingWebhook webhook, CancellationToken ct)
    {
        var guid = Guid.NewGuid().ToString();
        for (var attempt = 0; ; attempt++)
        {
            var delivery = await DeliverOnceAsync(hook, webhook, guid, redelivery: attempt > 0, ct);
            if (delivery.StatusCode is >= 200 and < 300 || attempt >= options.WebhookRetryDelays.Count)
            {
                return;
            }

            await Task.Delay(options.WebhookRetryDelays[attempt], database.Time, ct);
        }
    }

    private async Task<ForgeDelivery> DeliverOnceAsync(ForgeHook hook, PendingWebhook webhook, string guid, bool redelivery, CancellationToken ct)
    {
        var delivery = new ForgeDelivery
        {
            Guid = guid,
            HookId = hook.Id,
            Event = webhook.Event,
            Action = webhook.Action,
            RepositoryId = webhook.RepositoryId,
            Redelivery = redelivery,
            DeliveredAt = database.Time.GetUtcNow(),
            Payload = System.Text.Encoding.UTF8.GetString(webhook.Payload),
        };
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url);
            request.Content = Body(hook, webhook.Payload);
            request.Headers.UserAgent.ParseAdd("GitHub-Hookshot/bowsprit-forge");
            request.Headers.Add("X-GitHub-Event", webhook.Event);
            request.Headers.Add("X-GitHub-Delivery", guid);
            request.Headers.Add("X-GitHub-Hook-ID", hook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(hook.Secret))
            {
                var bytes = await request.Content.ReadAsByteArrayAsync(ct);
                request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(bytes, hook.Secret));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.WebhookTimeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            delivery.StatusCode = (int)response.StatusCode;
            delivery.Status = response.IsSuccessStatusCode ? "OK" : response.ReasonPhrase ?? "failed";
            delivery.ResponseBody = await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            delivery.StatusCode = 0;
            delivery.Status = e is TaskCanceledException ? "timed out" : e.Message;
        }

        delivery.Duration = watch.Elapsed.TotalSeconds;
        delivery.Id = await database.WriteAsync((s, c) => s.NewId(), ct);
        await database.Store.AppendDeliveryAsync(delivery, ct);
        if (delivery.StatusCode is < 200 or >= 300)
        {
            LogDeliveryFailed(logger, webhook.Event, hook.Url, delivery.StatusCode, delivery.Status);
        }

        return delivery;
    }

    private static HttpContent Body(ForgeHook hook, byte[] payload)
    {
        if (hook.ContentType == "form")
        {
            return new FormUrlEncodedContent([new KeyValuePair<string, string>("payload", System.Text.Encoding.UTF8.GetString(payload))]);
        }

        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering {Event} to {Url} failed: {StatusCode} {Status}")]
    private static partial void LogDeliveryFailed(ILogger logger, string @event, string url, int statusCode, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching {Event} failed")]
    private static partial void LogDispatchFailed(ILogger logger, string @event, Exception exception);
}
