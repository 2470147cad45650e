using Bowsprit.Forge.State;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>
/// Changes to issues and pull requests shared by the REST API, the admin API and the web UI, each announcing
/// the event GitHub would (pull requests announce <c>pull_request</c> where issues announce <c>issues</c>).
/// </summary>
internal static class IssueMutations
{
    public static void Announce(ForgeContext forge, ForgeState state, ForgeChanges changes, ForgeRepo repo, ForgeIssue issue, string action, string sender,
        string? label = null, string? assignee = null, EventChanges? edits = null)
    {
        changes.Publish(issue.Pull is not null
            ? forge.Events.PullRequest(state, repo, issue, action, sender, label: label, changes: edits, assignee: assignee)
            : forge.Events.Issues(state, repo, issue, action, sender, label: label, assignee: assignee, changes: edits));
    }

    public static void AddLabels(ForgeContext forge, ForgeState state, ForgeChanges changes, ForgeRepo repo, ForgeIssue issue, IEnumerable<string> labels, string sender)
    {
        foreach (var name in labels)
        {
            var label = repo.Labels.Find(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
            if (label is null)
            {
                // GitHub creates unknown labels on the fly when they are added to an issue.
                label = new ForgeLabel { Id = state.NewId(), Name = name };
                repo.Labels.Add(label);
            }

            if (issue.Labels.Contains(label.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            issue.Labels.Add(label.Name);
            Touch(forge, repo, issue, changes);
            Announce(forge, state, changes, repo, issue, "labeled", sender, label: label.Name);
        }
    }

    public static bool RemoveLabel(ForgeContext forge, ForgeState state, ForgeChanges changes, ForgeRepo repo, ForgeIssue issue, string name, string sender)
    {
        var existing = issue.Labels.Find(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            return false;
        }

        issue.Labels.Remove(existing);
        Touch(forge, repo, issue, changes);
        Announce(forge, state, changes, repo, issue, "unlabeled", sender, label: existing);
        return true;
    }

    public static ForgeComment Comment(ForgeContext forge, ForgeState state, ForgeChanges changes, ForgeRepo repo, ForgeIssue issue, string body, string sender)
    {
        var now = forge.Time.GetUtcNow();
        var comment = new ForgeComment { Id = state.NewId(), User = sender, Body = body, CreatedAt = now, UpdatedAt = now };
        issue.Comments.Add(comment);
        Touch(forge, repo, issue, changes);
        changes.Publish(forge.Events.IssueComment(state, repo, issue, comment, "created", sender));
        return comment;
    }

    public static void SetState(ForgeContext forge, ForgeState state, ForgeChanges changes, ForgeRepo repo, ForgeIssue issue, string newState, string sender)
    {
        if (issue.State == newState || issue.Pull?.Merged == true)
        {
            return;
        }

        issue.State = newState;
        issue.ClosedAt = newState == "closed" ? forge.Time.GetUtcNow() : null;
        issue.ClosedBy = newState == "closed" ? sender : null;
        Touch(forge, repo, issue, changes);
        Announce(forge, state, changes, repo, issue, newState == "closed" ? "closed" : "reopened", sender);
    }

    public static void Touch(ForgeContext forge, ForgeRepo repo, ForgeIssue issue, ForgeChanges changes)
    {
        issue.UpdatedAt = forge.Time.GetUtcNow();
        changes.Touch(repo);
    }
}
