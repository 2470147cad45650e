using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.GitHub.Tests.Webhooks;

public sealed class WebhookPayloadsTests
{
    public static TheoryData<string> CorpusPayloads => [.. Directory.EnumerateFiles(CorpusPaths.Webhooks, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(CorpusPaths.Webhooks, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CorpusPayloads))]
    public void Parse_CorpusPayload_ReadsKnownEventsAndIgnoresOthers(string relative)
    {
        var eventName = relative.Split(Path.DirectorySeparatorChar)[0];
        var body = File.ReadAllBytes(Path.Combine(CorpusPaths.Webhooks, relative));

        var parsed = WebhookPayloads.Parse(eventName, body);

        Assert.Equal(WebhookPayloads.KnownEvents.Contains(eventName), parsed is not null);
        switch (parsed)
        {
            case PullRequestEvent pr:
                Assert.NotEmpty(pr.Action);
                Assert.True(pr.Number > 0);
                Assert.Equal(pr.Number, pr.PullRequest.Number);
                Assert.NotEmpty(pr.PullRequest.Head.Sha);
                Assert.NotEmpty(pr.Repository.FullName);
                break;
            case IssueCommentEvent comment:
                Assert.NotEmpty(comment.Comment.User.Login);
                Assert.True(comment.Issue.Number > 0);
                break;
            case IssuesEvent issue:
                Assert.True(issue.Issue.Number > 0);
                break;
            case PushEvent push:
                Assert.StartsWith("refs/", push.Ref, StringComparison.Ordinal);
                Assert.Equal(40, push.After.Length);
                Assert.NotEmpty(push.Repository.Owner.Login);
                break;
            case StatusEvent status:
                Assert.Equal(40, status.Sha.Length);
                Assert.NotEmpty(status.State);
                break;
            case PullRequestReviewEvent review:
                Assert.NotEmpty(review.Review.State);
                break;
            case PullRequestReviewCommentEvent reviewComment:
                Assert.NotEmpty(reviewComment.Comment.User.Login);
                break;
            case RefEvent refEvent:
                Assert.NotEmpty(refEvent.Ref);
                Assert.NotEmpty(refEvent.RefType);
                break;
        }
    }

    [Fact]
    public void Parse_MalformedBody_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => WebhookPayloads.Parse("pull_request", "{\"number\": \"x\""u8));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => WebhookPayloads.Parse("push", "[]"u8));
    }

    [Fact]
    public void Parse_TagDeletion_IsADeletion()
    {
        var body = File.ReadAllBytes(Path.Combine(CorpusPaths.Webhooks, "push", "payload.json"));

        var push = Assert.IsType<PushEvent>(WebhookPayloads.Parse("push", body));

        Assert.True(push.IsDeletion);
        Assert.Empty(push.Commits);
    }

    [Fact]
    public void Parse_NewBranchPush_KeepsBranchAndCommits()
    {
        var body = File.ReadAllBytes(Path.Combine(CorpusPaths.Webhooks, "push", "with-new-branch.payload.json"));

        var push = Assert.IsType<PushEvent>(WebhookPayloads.Parse("push", body));

        Assert.True(push.Created);
        Assert.False(push.IsDeletion);
        Assert.Equal(push.Ref["refs/heads/".Length..], push.Branch);
    }
}
