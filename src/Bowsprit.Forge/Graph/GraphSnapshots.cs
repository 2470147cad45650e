using Bowsprit.Forge.Api;
using Bowsprit.Forge.Api.Endpoints;
using Bowsprit.Forge.Api.Search;
using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Graph;

/// <summary>Turns forge state into the immutable views the GraphQL resolvers work on.</summary>
internal static class GraphSnapshots
{
    public static GraphPullRequest Pull(ForgeContext forge, ForgeRepo repo, ForgeIssue issue)
    {
        var pull = issue.Pull!;
        var contexts = StatusEndpoints.Latest(repo, pull.HeadSha)
            .Select(s => new GraphStatusContext(s.Context, s.State.ToUpperInvariant(), s.Description, s.TargetUrl)).ToList();
        var checks = repo.CheckRuns.Where(c => c.HeadSha == pull.HeadSha)
            .Select(c => new GraphCheckRun(c.Name, c.Status.ToUpperInvariant(), c.Conclusion?.ToUpperInvariant(), c.DetailsUrl)).ToList();
        var decision = IssueSearch.ReviewDecision(pull) switch
        {
            "approved" => "APPROVED",
            "changes_requested" => "CHANGES_REQUESTED",
            _ => "REVIEW_REQUIRED",
        };
        return new GraphPullRequest(
            issue.Id, issue.Number, issue.Title, issue.Body ?? "", issue.User, pull.BaseRef, pull.BaseSha, pull.HeadRef, pull.HeadSha,
            pull.Mergeable switch { true => "MERGEABLE", false => "CONFLICTING", _ => "UNKNOWN" },
            pull.Draft, pull.Merged, pull.Merged ? "MERGED" : issue.State.ToUpperInvariant(),
            [.. issue.Labels], issue.Milestone is { } m ? repo.Milestones.Find(x => x.Number == m)?.Title : null, decision,
            Repository(forge, repo), issue.CreatedAt, issue.UpdatedAt, forge.Presenter.Urls.Html($"{repo.FullName}/pull/{issue.Number}"),
            pull.Additions, pull.Deletions, pull.ChangedFiles, contexts, checks);
    }

    public static GraphIssue Issue(ForgeContext forge, ForgeRepo repo, ForgeIssue issue) =>
        new(issue.Id, issue.Number, issue.Title, issue.Body ?? "", issue.User, issue.State.ToUpperInvariant(), [.. issue.Labels],
            Repository(forge, repo), forge.Presenter.Urls.Html($"{repo.FullName}/issues/{issue.Number}"));

    public static GraphRepository Repository(ForgeContext forge, ForgeRepo repo) =>
        new(repo.Owner, repo.Name, repo.DefaultBranch, forge.Presenter.Urls.Html(repo.FullName));
}
