using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Api.Search;

/// <summary>Evaluates an <see cref="IssueSearchQuery"/> over the forge's issues and pull requests.</summary>
public static class IssueSearch
{
    public static List<(ForgeRepo Repo, ForgeIssue Issue)> Run(ForgeState state, IssueSearchQuery query, string? viewer)
    {
        var results = new List<(ForgeRepo, ForgeIssue)>();
        foreach (var repo in state.Repos.Values)
        {
            if (repo.Private && (viewer is null || Access.Permission(state, repo, viewer) == "none"))
            {
                continue;
            }

            if (!Matches(query, "repo", v => string.Equals(v, repo.FullName, StringComparison.OrdinalIgnoreCase)) ||
                !Matches(query, "org", v => string.Equals(v, repo.Owner, StringComparison.OrdinalIgnoreCase)) ||
                !Matches(query, "user", v => string.Equals(v, repo.Owner, StringComparison.OrdinalIgnoreCase)) ||
                !Matches(query, "archived", v => bool.TryParse(v, out var a) && a == repo.Archived))
            {
                continue;
            }

            foreach (var issue in repo.Issues.Values)
            {
                if (IssueMatches(query, repo, issue))
                {
                    results.Add((repo, issue));
                }
            }
        }

        return results;
    }

    private static bool IssueMatches(IssueSearchQuery query, ForgeRepo repo, ForgeIssue issue)
    {
        var pull = issue.Pull;
        return Matches(query, "is", v => v switch
            {
                "pr" => pull is not null,
                "issue" => pull is null,
                "open" => issue.State == "open",
                "closed" => issue.State == "closed",
                "merged" => pull?.Merged == true,
                "unmerged" => pull is not null && !pull.Merged,
                "draft" => pull?.Draft == true,
                _ => true,
            })
            && Matches(query, "type", v => v == "pr" ? pull is not null : pull is null)
            && Matches(query, "state", v => issue.State == v)
            && Matches(query, "label", v => issue.Labels.Contains(v, StringComparer.OrdinalIgnoreCase))
            && Matches(query, "author", v => string.Equals(issue.User, v, StringComparison.OrdinalIgnoreCase))
            && Matches(query, "assignee", v => issue.Assignees.Contains(v, StringComparer.OrdinalIgnoreCase))
            && Matches(query, "base", v => pull?.BaseRef == v)
            && Matches(query, "head", v => pull?.HeadRef == v)
            && Matches(query, "draft", v => bool.TryParse(v, out var d) && pull?.Draft == d)
            && Matches(query, "milestone", v => issue.Milestone is { } m && repo.Milestones.Find(x => x.Number == m)?.Title == v)
            && Matches(query, "review", v => pull is not null && v == ReviewDecision(pull))
            && query.Words.All(w => issue.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || (issue.Body?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    /// <summary>Each qualifier must hold (any of its comma-separated values); a negated one must not.</summary>
    private static bool Matches(IssueSearchQuery query, string key, Func<string, bool> test)
    {
        foreach (var (anyOf, negated) in query.All(key))
        {
            if (anyOf.Any(test) == negated)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>GitHub's review decision: the latest approving/blocking review per reviewer decides.</summary>
    public static string ReviewDecision(ForgePull pull)
    {
        var latest = pull.Reviews.Where(r => r.State is "APPROVED" or "CHANGES_REQUESTED" or "DISMISSED")
            .GroupBy(r => r.User, StringComparer.OrdinalIgnoreCase).Select(g => g.Last().State).ToList();
        if (latest.Contains("CHANGES_REQUESTED"))
        {
            return "changes_requested";
        }

        return latest.Contains("APPROVED") ? "approved" : "required";
    }
}
