using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Forge.Tests.Support;

/// <summary>A real HTTP endpoint on 127.0.0.1:0 that records webhook deliveries; it can be told to fail first.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ConcurrentQueue<ReceivedWebhook> All { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { _failuresLeft = failFirst };
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            var webhook = new ReceivedWebhook(
                http.Request.Headers["X-GitHub-Event"].ToString(),
                http.Request.Headers["X-GitHub-Delivery"].ToString(),
                http.Request.Headers["X-Hub-Signature-256"].ToString(),
                body.ToArray());
            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0)
            {
                receiver.All.Enqueue(webhook with { Rejected = true });
                return Results.StatusCode(500);
            }

            receiver.All.Enqueue(webhook);
            await receiver._received.Writer.WriteAsync(webhook, http.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync(ct);
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        return receiver;
    }

    /// <summary>The next accepted delivery matching <paramref name="match"/>, skipping others; fails after the timeout.</summary>
    public async Task<ReceivedWebhook> WaitAsync(Func<ReceivedWebhook, bool> match, CancellationToken ct, int timeoutSeconds = 15)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            while (true)
            {
                var next = await _received.Reader.ReadAsync(timeout.Token);
                if (match(next))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"no matching webhook within {timeoutSeconds}s; received: {string.Join(", ", All.Select(w => w.Describe()))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
