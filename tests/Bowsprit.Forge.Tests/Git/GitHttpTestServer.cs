using System.Collections.Concurrent;
using Bowsprit.Forge.Git;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Tests.Git;

/// <summary>Real Kestrel on 127.0.0.1:0 serving a <see cref="GitTestEnvironment"/>'s store; records push events.</summary>
internal sealed class GitHttpTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PushEvent> _pushes;

    private GitHttpTestServer(WebApplication app, string baseUrl, ConcurrentQueue<PushEvent> pushes)
    {
        _app = app;
        BaseUrl = baseUrl;
        _pushes = pushes;
    }

    public string BaseUrl { get; }

    /// <summary>The push events so far, in order. OnPush runs before the push's response ends, so no waiting is needed.</summary>
    public IReadOnlyList<PushEvent> Pushes => [.. _pushes];

    public string UrlOf(string org, string repo) => $"{BaseUrl}/{org}/{repo}.git";

    public static async Task<GitHttpTestServer> StartAsync(
        GitTestEnvironment env,
        Func<HttpContext, string, string, bool, ValueTask<GitAccess>>? authorize = null,
        Func<PushEvent, CancellationToken, Task>? onPush = null)
    {
        var pushes = new ConcurrentQueue<PushEvent>();
        var (app, url) = await LoopbackApp.StartAsync(app => app.MapGitSmartHttp(env.Store, new GitHttpOptions
        {
            Authorize = authorize,
            OnPush = async (push, cancellationToken) =>
            {
                pushes.Enqueue(push);
                if (onPush is not null)
                {
                    await onPush(push, cancellationToken);
                }
            },
        }), GitTestEnvironment.Token);
        return new GitHttpTestServer(app, url, pushes);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
