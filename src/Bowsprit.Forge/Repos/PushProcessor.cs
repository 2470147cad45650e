using Bowsprit.Forge.Api;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Webhooks;
using GitPushEvent = Bowsprit.Forge.Git.PushEvent;

namespace Bowsprit.Forge.Repos;

/// <summary>
/// What GitHub does after refs move (a <c>git push</c>, a merge, an admin commit): announce <c>create</c>,
/// <c>delete</c> and <c>push</c>, keep pull request refs current and announce <c>synchronize</c> for pull
/// requests whose head moved, and recompute mergeability of pull requests whose base moved.
/// </summary>
public sealed class PushProcessor(ForgeContext forge)
{
    public Task HandleAsync(GitPushEvent push, CancellationToken ct) => HandleAsync(push.Org, push.Repo, push.Pusher, push.Updates, ct);

    public async Task HandleAsync(string owner, string repo, string? pusher, IReadOnlyList<RefUpdate> updates, CancellationToken ct)
    {
        var sender = string.IsNullOrEmpty(pusher) ? forge.Options.DefaultUser : pusher;
        var bare = forge.Git.Open(owner, repo);
        var payloads = new List<(RefUpdate Update, Bowsprit.GitHub.Webhooks.PushEvent Payload)>();
        foreach (var update in updates.Where(u => u.Ref.StartsWith("refs/heads/", StringComparison.Ordinal) || u.Ref.StartsWith("refs/tags/", StringComparison.Ordinal)))
        {
            var commits = update.IsDelete ? [] : await bare.PushCommitsAsync(update, ct);
            payloads.Add((update, await PayloadAsync(owner, repo, update, commits, sender, bare, ct)));
        }

        var branches = updates.Where(u => u.Ref.StartsWith("refs/heads/", StringComparison.Ordinal)).ToList();
        var affected = await forge.Db.ReadAsync(s =>
        {
            var r = s.Repo(owner, repo);
            return r is null ? [] : r.Issues.Values
                .Where(i => i.State == "open" && i.Pull is { } p && branches.Any(b => Branch(b) == p.HeadRef || Branch(b) == p.BaseRef))
                .Select(i => (i.Number, i.Pull!.HeadRef, i.Pull.BaseRef, i.Pull.HeadSha)).ToList();
        }, ct);

        var refreshed = new List<(int Number, PullGitInfo Info, string? Before)>();
        foreach (var (number, headRef, baseRef, headSha) in affected)
        {
            var headUpdate = branches.Find(b => Branch(b) == headRef);
            if (headUpdate is { IsDelete: true } || (await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{baseRef}", ct)) is null)
            {
                continue;
            }

            var newHead = headUpdate?.After ?? headSha;
            refreshed.Add((number, await forge.Git.RefreshPullAsync(owner, repo, number, baseRef, newHead, ct), headUpdate is null ? null : headSha));
        }

        await forge.Db.WriteAsync((s, c) =>
        {
            var r = s.Repo(owner, repo);
            if (r is null)
            {
                return;
            }

            r.PushedAt = forge.Time.GetUtcNow();
            c.Touch(r);
            foreach (var (update, payload) in payloads)
            {
                var refType = update.Ref.StartsWith("refs/tags/", StringComparison.Ordinal) ? "tag" : "branch";
                var shortRef = update.Ref[(refType == "tag" ? "refs/tags/" : "refs/heads/").Length..];
                if (update.IsCreate)
                {
                    c.Publish(forge.Events.Ref(s, r, "create", shortRef, refType, sender));
                }

                if (update.IsDelete)
                {
                    c.Publish(forge.Events.Ref(s, r, "delete", shortRef, refType, sender));
                }

                c.Publish(forge.Events.Push(s, r, payload, sender));
            }

            foreach (var (number, info, before) in refreshed)
            {
                if (r.Pull(number) is not { } issue || issue.State != "open")
                {
                    continue;
                }

                PullGitInfo.Apply(info, issue.Pull!);
                if (before is not null && before != info.HeadSha)
                {
                    issue.UpdatedAt = forge.Time.GetUtcNow();
                    var webhook = forge.Events.PullRequest(s, r, issue, "synchronize", sender);
                    c.Publish(WithBeforeAfter(webhook, before, info.HeadSha));
                }
            }
        }, ct);
    }

    private async Task<Bowsprit.GitHub.Webhooks.PushEvent> PayloadAsync(string owner, string repo, RefUpdate update, IReadOnlyList<CommitChanges> commits, string sender, BareRepository bare, CancellationToken ct)
    {
        var pushCommits = commits.Select(c => Commit(owner, repo, c, distinct: true)).ToList();
        PushCommit? head = pushCommits.LastOrDefault();
        if (head is null && !update.IsDelete && await bare.GetCommitAsync(update.After, ct) is { } tip)
        {
            head = Commit(owner, repo, new CommitChanges(tip, [], [], []), distinct: false);
        }

        var email = await forge.Db.ReadAsync(s => s.User(sender)?.Email, ct);
        return new Bowsprit.GitHub.Webhooks.PushEvent
        {
            Ref = update.Ref,
            Before = update.Before,
            After = update.After,
            Created = update.IsCreate,
            Deleted = update.IsDelete,
            Forced = update.Forced,
            Compare = forge.Presenter.Urls.Html($"{owner}/{repo}/compare/{update.Before[..12]}...{update.After[..12]}"),
            Commits = pushCommits,
            HeadCommit = head,
            Pusher = new PushPerson { Name = sender, Email = email ?? $"{sender}@users.noreply.forge" },
        };
    }

    private PushCommit Commit(string owner, string repo, CommitChanges change, bool distinct) => new()
    {
        Id = change.Commit.Sha,
        TreeId = change.Commit.TreeSha,
        Distinct = distinct,
        Message = change.Commit.Message,
        Timestamp = change.Commit.Committer.When,
        Url = forge.Presenter.Urls.Html($"{owner}/{repo}/commit/{change.Commit.Sha}"),
        Author = new PushPerson { Name = change.Commit.Author.Name, Email = change.Commit.Author.Email },
        Committer = new PushPerson { Name = change.Commit.Committer.Name, Email = change.Commit.Committer.Email },
        Added = [.. change.Added],
        Removed = [.. change.Removed],
        Modified = [.. change.Modified],
    };

    private static string Branch(RefUpdate update) => update.Ref["refs/heads/".Length..];

    /// <summary>synchronize payloads carry the head before and after the push at the top level.</summary>
    private static PendingWebhook WithBeforeAfter(PendingWebhook webhook, string before, string after)
    {
        var payload = System.Text.Json.JsonSerializer.Deserialize<PullRequestEvent>(webhook.Payload, GitHub.Json.GitHubJson.Options)!;
        payload.Before = before;
        payload.After = after;
        return webhook with { Payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(payload, GitHub.Json.GitHubJson.Options) };
    }
}
