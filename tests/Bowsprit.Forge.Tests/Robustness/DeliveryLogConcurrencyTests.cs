using System.Net.Http.Json;
using Bowsprit.Forge.Tests.Support;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// The delivery log is written by the webhook dispatcher (and redeliveries) while requests save state through the
/// same SQLite store: concurrent use must never fail a request.
/// </summary>
public sealed class DeliveryLogConcurrencyTests
{
    [Fact]
    public async Task Redeliver_WhileOtherRequestsWrite_NeverServerError()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fixture = await ForgeFixture.StartAsync(o => o.AnonymousRateLimit = int.MaxValue, ct);
        await using var receiver = await WebhookReceiver.StartAsync(ct: ct);
        var org = $"log-race-{Guid.NewGuid():N}"[..20];
        await fixture.OrgAsync(org, [], ct);
        var client = fixture.Client();
        await client.CreateOrgRepoAsync(org, "repo", autoInit: true, ct);
        var hook = await client.CreateRepoHookAsync(org, "repo", receiver.Url, "secret", ["issues", "issue_comment"], ct);
        var issue = await client.CreateIssueAsync(org, "repo", "Racing", null, null, ct);
        await receiver.WaitAsync(w => w.Is("issues", "opened"), ct);
        var delivery = (await Eventually.ValueAsync(() => client.ListRepoHookDeliveriesAsync(org, "repo", hook.Id, ct), d => d.Count > 0, ct))[0];
        var api = $"{fixture.BaseUrl}/api/v3/repos/{org}/repo";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = i % 2 == 0
                ? await fixture.Http.PostAsync($"{api}/hooks/{hook.Id}/deliveries/{delivery.Id}/attempts", null, ct)
                : await fixture.Http.PostAsJsonAsync($"{api}/issues/{issue.Number}/comments", new { body = $"comment {i}" }, ct);
            return (int)response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.InRange(status, 200, 299));
        Assert.Equal(100, (await client.ListIssueCommentsAsync(org, "repo", issue.Number, ct)).Count);
    }
}
