using System.Threading.Channels;
using Bowsprit.GitHub.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>
/// A webhook receiver on loopback, so push tests hand trigger the exact payload the forge sends (commits with
/// added/removed/modified paths, <c>compare</c>, the push-style owner) instead of a hand-built one.
/// </summary>
internal sealed class WebhookSink : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly WebApplication _app;
    private readonly Channel<WebhookDelivery> _deliveries = Channel.CreateUnbounded<WebhookDelivery>();

    private WebhookSink(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public static async Task<WebhookSink> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var sink = new WebhookSink(builder.Build());
        sink._app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            var delivery = new WebhookDelivery(http.Request.Headers["X-GitHub-Event"].ToString(), http.Request.Headers["X-GitHub-Delivery"].ToString(), body.ToArray());
            await sink._deliveries.Writer.WriteAsync(delivery, http.RequestAborted);
            return Results.Ok();
        });
        await sink._app.StartAsync(ct);
        var address = sink._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink.Url = $"{address}/hook";
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
