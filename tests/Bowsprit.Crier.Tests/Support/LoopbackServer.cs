using System.Collections.Concurrent;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Crier.Tests.Support;

/// <summary>A real Kestrel on 127.0.0.1:0 answering every request with <see cref="Handler"/> and recording what it got.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Decides the answer; the default is 200 with <c>{"ok":true}</c>.</summary>
    public Func<RecordedRequest, HttpContext, Task> Handler { get; set; } = static (_, http) => http.Response.WriteAsync("{\"ok\":true}");

    public static async Task<LoopbackServer> StartAsync(CancellationToken ct)
    {
        LoopbackServer? server = null;
        var (app, url) = await LoopbackApp.StartAsync(app => app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var recorded = new RecordedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString, http.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync(http.RequestAborted));
            server!.Requests.Enqueue(recorded);
            await server.Handler(recorded, http);
        }), ct);
        server = new LoopbackServer(app) { Url = url };
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string Path, string Authorization, string Body);
