using System.Net;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hook.Tests.Support;
using Bowsprit.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Hook.Tests.Inbox;

public sealed class InboxDurabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_ProcessesDeliveriesLeftPending()
    {
        await using var hook = HookFixture.Create();
        await using (var inbox = await SqliteWebhookInbox.OpenAsync(hook.InboxPath, Ct))
        {
            // As if hook had accepted these and then died before processing them.
            foreach (var n in new[] { 1, 2 })
            {
                var body = System.Text.Encoding.UTF8.GetBytes(HookFixture.Comment("acme", "widgets", n, $"left-{n}"));
                await inbox.AddAsync(Guid.NewGuid().ToString(), "issue_comment", $"acme/widgets#{n}", body, "sha256=x", DateTimeOffset.UnixEpoch, Ct);
            }
        }

        var recorder = new RecordingPlugin();
        await hook.StartAsync([recorder], Ct);
        await hook.DrainAsync(Ct);

        Assert.Equal(["comment:1:left-1", "comment:2:left-2"], recorder.Seen.Order(StringComparer.Ordinal));
        Assert.Empty(await hook.Services.GetRequiredService<SqliteWebhookInbox>().PendingAsync(10, Ct));
    }

    [Fact]
    public async Task Replay_ReprocessesDeliveriesSinceATime()
    {
        await using var hook = HookFixture.Create();
        var recorder = new RecordingPlugin();
        await hook.StartAsync([recorder], Ct);
        await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 5, "once"), Ct);
        await hook.DrainAsync(Ct);

        var unsigned = await hook.Http.PostAsync($"{hook.Url}/hook/replay", new ByteArrayContent(ReplayRequest.Body(DateTimeOffset.UnixEpoch)), Ct);
        var wronglySigned = await PostReplayAsync(hook, "not-the-secret");
        var response = await PostReplayAsync(hook, HookFixture.Secret);
        await Eventually(() => recorder.Seen.Count == 2);

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wronglySigned.StatusCode);
        Assert.Contains("\"replayed\":1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(["comment:5:once", "comment:5:once"], recorder.Seen);
    }

    private static async Task<HttpResponseMessage> PostReplayAsync(HookFixture hook, string secret)
    {
        var body = ReplayRequest.Body(DateTimeOffset.UnixEpoch);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{hook.Url}/hook/replay") { Content = new ByteArrayContent(body) };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, secret));
        return await hook.Http.SendAsync(request, Ct);
    }

    [Fact]
    public async Task FailingPlugin_IsIsolatedAndRecordedAsFailure()
    {
        await using var hook = HookFixture.Create();
        var recorder = new RecordingPlugin();
        await hook.StartAsync([recorder, new ThrowingPlugin()], Ct);
        var delivery = Guid.NewGuid().ToString();

        await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 9, "hello"), Ct, delivery);
        await hook.DrainAsync(Ct);
        var stored = await hook.Services.GetRequiredService<SqliteWebhookInbox>().GetAsync(delivery, Ct);

        Assert.Equal(["comment:9:hello"], recorder.Seen);
        Assert.Equal(InboxState.Failed, stored!.State);
        Assert.Contains("thrower: boom from thrower", stored.Error, StringComparison.Ordinal);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10s");
            await Task.Delay(20, Ct);
        }
    }
}
