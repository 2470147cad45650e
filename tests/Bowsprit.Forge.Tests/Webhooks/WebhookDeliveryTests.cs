using System.Diagnostics;
using Bowsprit.Forge.Tests.Api;
using Bowsprit.Forge.Tests.Support;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Forge.Tests.Webhooks;

public sealed class WebhookDeliveryTests : ContractTestBase
{
    private const string Secret = "hmac-secret";

    [Fact]
    public async Task Events_AreSignedTypedAndOrdered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(ct: Ct);
        await Alice.CreateRepoHookAsync(Org, Repo, receiver.Url, Secret, ["*"], Ct);

        var pr = await OpenPullAsync("hooked", new Dictionary<string, string?> { ["h.txt"] = "1" });
        await Bob.CreateCommentAsync(Org, Repo, pr.Number, "/retest", Ct);
        await Bob.AddLabelsAsync(Org, Repo, pr.Number, ["lgtm"], Ct);
        await Bob.CreateStatusAsync(Org, Repo, pr.Head.Sha, "success", "ci", null, null, Ct);

        var opened = await receiver.WaitAsync(w => w.Is("pull_request", "opened"), Ct);
        var comment = await receiver.WaitAsync(w => w.Is("issue_comment", "created"), Ct);
        var labeled = await receiver.WaitAsync(w => w.Is("pull_request", "labeled"), Ct);
        var status = await receiver.WaitAsync(w => w.Is("status"), Ct);

        foreach (var delivery in new[] { opened, comment, labeled, status })
        {
            Assert.True(WebhookSignature.Verify(delivery.Body, delivery.Signature, [Secret]), $"{delivery.Describe()} signature");
            Assert.True(Guid.TryParse(delivery.Delivery, out _));
            Assert.NotNull(WebhookPayloads.Parse(delivery.Event, delivery.Body));
        }

        var typed = Assert.IsType<IssueCommentEvent>(WebhookPayloads.Parse(comment.Event, comment.Body));
        Assert.Equal("/retest", typed.Comment.Body);
        Assert.True(typed.Issue.IsPullRequest);
        Assert.Equal("bob", typed.Sender.Login);
        Assert.Equal("lgtm", Assert.IsType<PullRequestEvent>(WebhookPayloads.Parse(labeled.Event, labeled.Body)).Label!.Name);
        Assert.Equal(pr.Head.Sha, Assert.IsType<StatusEvent>(WebhookPayloads.Parse(status.Event, status.Body)).Sha);
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedAndLoggedAndCanBeRedelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2, ct: Ct);
        var hook = await Alice.CreateRepoHookAsync(Org, Repo, receiver.Url, Secret, ["issues"], Ct);

        var issue = await Alice.CreateIssueAsync(Org, Repo, "Retry me", null, null, Ct);
        var delivered = await receiver.WaitAsync(w => w.Is("issues", "opened"), Ct);
        var log = await Eventually.ValueAsync(() => Alice.ListRepoHookDeliveriesAsync(Org, Repo, hook.Id, Ct), l => l.Count == 3, Ct);

        Assert.Equal(2, receiver.All.Count(w => w.Rejected));
        Assert.Equal([200, 500, 500], log.Select(d => d.StatusCode));
        Assert.All(log, d => Assert.Equal(delivered.Delivery, d.Guid));
        Assert.True(log[0].Redelivery);

        await Alice.RedeliverRepoHookAsync(Org, Repo, hook.Id, log[^1].Id, Ct);
        var again = await receiver.WaitAsync(w => w.Is("issues", "opened"), Ct);
        Assert.Equal(delivered.Body, again.Body);
        await Eventually.ValueAsync(() => Alice.ListRepoHookDeliveriesAsync(Org, Repo, hook.Id, Ct), l => l.Count == 4, Ct);
        Assert.Equal(issue.Number, again.Json.GetProperty("issue").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task GitPush_OverHttp_SendsPushCreateAndSynchronize()
    {
        await using var receiver = await WebhookReceiver.StartAsync(ct: Ct);
        await Alice.CreateRepoHookAsync(Org, Repo, receiver.Url, Secret, ["push", "create", "pull_request"], Ct);
        var pr = await OpenPullAsync("pushed", new Dictionary<string, string?> { ["p.txt"] = "1" });
        var work = Path.Combine(Forge.DataDir, "clone-" + Guid.NewGuid().ToString("N")[..6]);
        var remote = $"{Forge.BaseUrl.Replace("http://", $"http://alice:{AliceToken}@", StringComparison.Ordinal)}/{Org}/{Repo}.git";

        await GitAsync(Forge.DataDir, "clone", "-q", remote, work);
        await GitAsync(work, "checkout", "-q", "pushed");
        await File.WriteAllTextAsync(Path.Combine(work, "p.txt"), "2\n", Ct);
        await GitAsync(work, "commit", "-qam", "second");
        await GitAsync(work, "push", "-q", "origin", "pushed");
        await GitAsync(work, "push", "-q", "origin", "pushed:brand-new");

        var push = await receiver.WaitAsync(w => w.Is("push") && w.Json.GetProperty("ref").GetString() == "refs/heads/pushed" && !w.Json.GetProperty("created").GetBoolean(), Ct);
        var sync = await receiver.WaitAsync(w => w.Is("pull_request", "synchronize"), Ct);
        var create = await receiver.WaitAsync(w => w.Is("create"), Ct);

        var pushEvent = Assert.IsType<PushEvent>(WebhookPayloads.Parse(push.Event, push.Body));
        Assert.Equal(pr.Head.Sha, pushEvent.Before);
        Assert.Equal(["p.txt"], Assert.Single(pushEvent.Commits).Modified);
        // git sends the URL's credentials only when challenged; anonymous pushes are allowed here, so the
        // forge attributes them to its default user (with --require-auth the token's user is the pusher).
        Assert.Equal(Forge.Options.DefaultUser, pushEvent.Sender.Login);
        var syncEvent = Assert.IsType<PullRequestEvent>(WebhookPayloads.Parse(sync.Event, sync.Body));
        Assert.Equal(pushEvent.After, syncEvent.PullRequest.Head.Sha);
        Assert.Equal(pr.Head.Sha, syncEvent.Before);
        Assert.Equal("brand-new", create.Json.GetProperty("ref").GetString());
        Assert.Equal(pushEvent.After, await Alice.GetRefAsync(Org, Repo, "pull/1/head", Ct));
    }

    private static async Task GitAsync(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "user.name=Alice", "-c", "user.email=alice@example.test", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}
