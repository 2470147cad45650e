using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Opening and updating pull requests; shared by the REST API and the admin CLI.</summary>
internal static class PullCreation
{
    public static async Task<PullRequest> OpenAsync(ForgeContext forge, string owner, string repo, PullRequestRequest request, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            throw ForgeApiException.Validation("PullRequest", "title");
        }

        var head = request.Head is { } h && h.Contains(':', StringComparison.Ordinal) ? h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..] : request.Head;
        var defaultBranch = await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, actor).DefaultBranch, ct);
        var baseRef = string.IsNullOrEmpty(request.Base) ? defaultBranch : request.Base;
        if (string.IsNullOrEmpty(head) || await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{head}", ct) is not { } headSha)
        {
            throw ForgeApiException.Validation("PullRequest", "head", "invalid");
        }

        if (await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{baseRef}", ct) is not { } baseSha)
        {
            throw ForgeApiException.Validation("PullRequest", "base", "invalid");
        }

        if (head == baseRef)
        {
            throw new ForgeApiException(422, "Validation Failed", [new GitHubErrorDetail { Resource = "PullRequest", Code = "custom", Message = $"No commits between {baseRef} and {head}" }]);
        }

        if (await forge.Git.Open(owner, repo).MergeBaseAsync(baseSha, headSha, ct) is null)
        {
            throw new ForgeApiException(422, "Validation Failed", [new GitHubErrorDetail { Resource = "PullRequest", Code = "custom", Message = $"The {head} branch has no history in common with {baseRef}" }]);
        }

        var number = await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            if (r.Issues.Values.Any(i => i.Pull is { } p && i.State == "open" && p.HeadRef == head && p.BaseRef == baseRef))
            {
                throw new ForgeApiException(422, "Validation Failed", [new GitHubErrorDetail { Resource = "PullRequest", Code = "custom", Message = $"A pull request already exists for {owner}:{head}." }]);
            }

            c.Touch(r);
            return r.NextNumber++;
        }, ct);

        var info = await forge.Git.RefreshPullAsync(owner, repo, number, baseRef, headSha, ct);
        return await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            var now = forge.Time.GetUtcNow();
            var issue = new ForgeIssue
            {
                Id = s.NewId(),
                Number = number,
                Title = request.Title,
                Body = request.Body,
                User = actor,
                CreatedAt = now,
                UpdatedAt = now,
                Pull = new ForgePull { HeadRef = head, HeadRepo = r.FullName, BaseRef = baseRef, Draft = request.Draft ?? false },
            };
            PullGitInfo.Apply(info, issue.Pull);
            r.Issues[number] = issue;
            c.Touch(r);
            c.Publish(forge.Events.PullRequest(s, r, issue, "opened", actor));
            return forge.Presenter.PullRequest(s, r, issue);
        }, ct);
    }

    public static async Task<PullRequest> UpdateAsync(ForgeContext forge, string owner, string repo, int number, PullRequestRequest request, string actor, CancellationToken ct)
    {
        if (request.State is not (null or "open" or "closed"))
        {
            throw ForgeApiException.Validation("PullRequest", "state", "invalid");
        }

        PullGitInfo? retarget = null;
        if (request.Base is { Length: > 0 } newBase)
        {
            var (currentBase, headSha) = await forge.Db.ReadAsync(s =>
            {
                var p = ForgeContext.Pull(ForgeContext.Repo(s, owner, repo, actor), number).Pull!;
                return (p.BaseRef, p.HeadSha);
            }, ct);
            if (newBase != currentBase)
            {
                if (await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{newBase}", ct) is null)
                {
                    throw ForgeApiException.Validation("PullRequest", "base", "invalid");
                }

                retarget = await forge.Git.RefreshPullAsync(owner, repo, number, newBase, headSha, ct);
            }
        }

        return await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            var issue = ForgeContext.Pull(r, number);
            var pull = issue.Pull!;
            if (!string.Equals(issue.User, actor, StringComparison.OrdinalIgnoreCase))
            {
                ForgeContext.RequireWrite(s, r, actor);
            }

            var edits = new EventChanges();
            if (request.Title is { } title && title != issue.Title)
            {
                edits.Title = new ChangedValue { From = issue.Title };
                issue.Title = title;
            }

            if (request.Body is { } body && body != issue.Body)
            {
                edits.Body = new ChangedValue { From = issue.Body };
                issue.Body = body;
            }

            if (retarget is not null)
            {
                edits.Base = new ChangedBase { Ref = new ChangedValue { From = pull.BaseRef }, Sha = new ChangedValue { From = pull.BaseSha } };
                pull.BaseRef = request.Base!;
                PullGitInfo.Apply(retarget, pull);
            }

            if (edits.Title is not null || edits.Body is not null || edits.Base is not null)
            {
                IssueMutations.Touch(forge, r, issue, c);
                c.Publish(forge.Events.PullRequest(s, r, issue, "edited", actor, changes: edits));
            }

            if (request.Draft is { } draft && draft != pull.Draft && issue.State == "open")
            {
                pull.Draft = draft;
                IssueMutations.Touch(forge, r, issue, c);
                c.Publish(forge.Events.PullRequest(s, r, issue, draft ? "converted_to_draft" : "ready_for_review", actor));
            }

            if (request.State is { } state)
            {
                IssueMutations.SetState(forge, s, c, r, issue, state, actor);
            }

            return forge.Presenter.PullRequest(s, r, issue);
        }, ct);
    }
}
