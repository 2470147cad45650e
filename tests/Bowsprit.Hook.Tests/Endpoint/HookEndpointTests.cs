using System.Net;
using Bowsprit.Hook.Tests.Support;

namespace Bowsprit.Hook.Tests.Endpoint;

public sealed class HookEndpointTests : IAsyncLifetime
{
    private readonly HookFixture _hook = HookFixture.Create();
    private readonly RecordingPlugin _recorder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _hook.StartAsync([_recorder, new ThrowingPlugin()], Ct);

    public async ValueTask DisposeAsync() => await _hook.DisposeAsync();

    public static TheoryData<string, int, string> Rejections => new()
    {
        { "no event header", 400, "Missing X-GitHub-Event" },
        { "no delivery header", 400, "Missing X-GitHub-Delivery" },
        { "no signature", 403, "Missing X-Hub-Signature-256" },
        { "wrong secret", 403, "Invalid X-Hub-Signature-256" },
        { "form content type", 400, "only accepts content-type: application/json" },
        { "not a JSON object", 400, "Payload is not a JSON object" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Post_BadDelivery_IsRejectedWithProwStatus(string scenario, int status, string message)
    {
        var body = scenario == "not a JSON object" ? "[1, 2" : HookFixture.Comment("acme", "widgets", 1, "/hold");
        var response = await _hook.PostAsync("issue_comment", body, Ct,
            secret: scenario switch { "no signature" => null, "wrong secret" => "nope", _ => HookFixture.Secret },
            contentType: scenario == "form content type" ? "application/x-www-form-urlencoded" : "application/json",
            withEvent: scenario != "no event header", withDelivery: scenario != "no delivery header");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await _hook.DrainAsync(Ct);
        Assert.Empty(_recorder.Seen);
    }

    [Fact]
    public async Task Post_TooLarge_Is413()
    {
        var response = await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, new string('x', 2 * 1024 * 1024)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_Hook_Is405()
    {
        var response = await _hook.Http.GetAsync($"{_hook.Url}/hook", Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidDelivery_IsAcceptedAndDispatchedOnce()
    {
        var delivery = Guid.NewGuid().ToString();

        var first = await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 7, "/hold"), Ct, delivery);
        var again = await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 7, "/hold"), Ct, delivery);
        await _hook.DrainAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HookEndpoints.Accepted, await first.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["comment:7:/hold"], _recorder.Seen);
    }

    [Fact]
    public async Task Post_UnknownEvent_IsAcceptedButNotGivenToPlugins()
    {
        var response = await _hook.PostAsync("check_suite", """{"action":"completed","repository":{"full_name":"acme/widgets","name":"widgets","owner":{"login":"acme"}}}""", Ct);
        await _hook.DrainAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_recorder.Seen);
    }

    [Fact]
    public async Task Post_NotEnabledForRepo_IsNotDispatched()
    {
        await _hook.PostAsync("issue_comment", HookFixture.Comment("other", "widgets", 1, "/hold"), Ct);
        await _hook.DrainAsync(Ct);

        Assert.Empty(_recorder.Seen);
    }

    [Fact]
    public async Task Deliveries_ForOnePullRequest_AreProcessedInArrivalOrder()
    {
        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 3, $"c{i}"), Ct)).StatusCode);
        }

        await _hook.DrainAsync(Ct);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"comment:3:c{i}"), _recorder.Seen);
    }

    [Fact]
    public async Task Metrics_CountWebhooksAndResponses()
    {
        await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, "/hold"), Ct);
        await _hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, "/hold"), Ct, secret: "wrong");
        await _hook.DrainAsync(Ct);

        var text = await _hook.Http.GetStringAsync($"{_hook.Url}/metrics", Ct);

        Assert.Contains("prow_webhook_counter{event_type=\"issue_comment\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("prow_webhook_response_codes{response_code=\"403\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("prow_plugin_handle_errors{event_type=\"issue_comment\",action=\"created\",plugin=\"thrower\",took_action=\"true\"} 1", text, StringComparison.Ordinal);
    }
}
