using System.Threading.Channels;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>
/// A webhook receiver on loopback, so push tests hand trigger the exact payload the forge sends (commits with
/// added/removed/modified paths, <c>compare</c>, the push-style owner) instead of a hand-built one.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly WebApplication _app;
    private readonly Channel<WebhookDelivery> _deliveries;

    private WebhookSink(WebApplication app, Channel<WebhookDelivery> deliveries)
    {
        _app = app;
        _deliveries = deliveries;
    }

    public string Url { get; private set; } = "";

    public static async Task<WebhookSink> StartAsync(CancellationToken ct)
    {
        var deliveries = Channel.CreateUnbounded<WebhookDelivery>();
        var (app, url) = await LoopbackApp.StartAsync(app => app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            var delivery = new WebhookDelivery(http.Request.Headers["X-GitHub-Event"].ToString(), http.Request.Headers["X-GitHub-Delivery"].ToString(), body.ToArray());
            await deliveries.Writer.WriteAsync(delivery, http.RequestAborted);
            return Results.Ok();
        }), ct);
        var sink = new WebhookSink(app, deliveries) { Url = $"{url}/hook" };
        return sink;
    }

    /// <summary>The next <c>push</c> delivery whose <c>after</c> is <paramref name="after"/> (others are skipped).</summary>
    public async Task<(PushEvent Push, string Guid)> NextPushAsync(string after, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Patience);
        while (true)
        {
            var delivery = await _deliveries.Reader.ReadAsync(timeout.Token);
            if (delivery.Event == "push" && WebhookPayloads.Parse("push", delivery.Body) is PushEvent { } push && push.After == after)
            {
                return (push, delivery.Guid);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
