using System.Globalization;
using System.Text;
using Bowsprit.Forge.Api.Search;
using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Graph;

/// <summary>
/// The slice of GitHub's GraphQL schema merge automation uses: issue search over pull requests with their
/// refs, labels, milestone, review decision, mergeability and head commit checks, plus rate limit and viewer.
/// </summary>
internal static class ForgeGraphSchema
{
    private const int MaxSearchResults = 1000;

    public static GraphQLSchema Build() => new GraphQLSchemaBuilder()
        .Object<GraphRoot>("Query", t => t
            .FieldAsync("search", SearchAsync, "SearchResultItemConnection!", "query: String!, type: SearchType!, first: Int, last: Int, after: String")
            .Field("rateLimit", r => new RateLimitView(1, 5000, r.Remaining, r.ResetAt), "RateLimit")
            .Field("viewer", r => r.Viewer is null ? throw new GraphQLFieldException("This endpoint requires you to be authenticated.") : new UserView(r.Viewer), "User!"))
        .Object<GraphConnection>("SearchResultItemConnection", t => t
            .Field("issueCount", c => c.TotalCount, "Int!")
            .Field("pageInfo", c => new PageInfoView(c.HasNextPage, c.EndCursor), "PageInfo!")
            .Field("nodes", c => c.Nodes, "[SearchResultItem]"))
        .Object<PageInfoView>("PageInfo", t => t
            .Field("hasNextPage", c => c.HasNextPage, "Boolean!")
            .Field("endCursor", c => c.EndCursor, "String"))
        .Object<RateLimitView>("RateLimit", t => t
            .Field("cost", r => r.Cost, "Int!")
            .Field("limit", r => r.Limit, "Int!")
            .Field("remaining", r => r.Remaining, "Int!")
            .Field("resetAt", r => r.ResetAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), "DateTime!"))
        .Object<UserView>("User", t => t.Field("login", a => a.Login, "String!"))
        .Object<GraphActor>("Actor", t => t.Field("login", a => a.Login, "String!"))
        .Object<GraphPullRequest>("PullRequest", t => t
            .Field("id", p => $"PR_{p.Id}", "ID!")
            .Field("number", p => p.Number, "Int!")
            .Field("title", p => p.Title, "String!")
            .Field("body", p => p.Body, "String!")
            .Field("url", p => p.Url, "URI!")
            .Field("author", p => new GraphActor(p.Author), "Actor")
            .Field("baseRef", p => new RefView(p.BaseRefName, "refs/heads/", p.BaseRefOid), "Ref")
            .Field("baseRefName", p => p.BaseRefName, "String!")
            .Field("baseRefOid", p => p.BaseRefOid, "GitObjectID!")
            .Field("headRefName", p => p.HeadRefName, "String!")
            .Field("headRefOid", p => p.HeadRefOid, "GitObjectID!")
            .Field("mergeable", p => p.Mergeable, "MergeableState!")
            .Field("canBeRebased", p => p.Mergeable == "MERGEABLE", "Boolean!")
            .Field("isDraft", p => p.IsDraft, "Boolean!")
            .Field("merged", p => p.Merged, "Boolean!")
            .Field("state", p => p.State, "PullRequestState!")
            .Field("reviewDecision", p => p.ReviewDecision, "PullRequestReviewDecision")
            .Field("additions", p => p.Additions, "Int!")
            .Field("deletions", p => p.Deletions, "Int!")
            .Field("changedFiles", p => p.ChangedFiles, "Int!")
            .Field("createdAt", p => Stamp(p.CreatedAt), "DateTime!")
            .Field("updatedAt", p => Stamp(p.UpdatedAt), "DateTime!")
            .Field("repository", p => p.Repository, "Repository!")
            .Field("labels", (p, a) => Labels(p.Labels, a), "LabelConnection", "first: Int, after: String")
            .Field("milestone", p => p.Milestone is null ? null : new MilestoneView(p.Milestone), "Milestone")
            .Field("commits", p => new CommitConnectionView(new GraphCommit(p.HeadRefOid, p.Contexts, p.CheckRuns)), "PullRequestCommitConnection!", "first: Int, last: Int"))
        .Object<GraphIssue>("Issue", t => t
            .Field("id", i => $"I_{i.Id}", "ID!")
            .Field("number", i => i.Number, "Int!")
            .Field("title", i => i.Title, "String!")
            .Field("body", i => i.Body, "String!")
            .Field("url", i => i.Url, "URI!")
            .Field("state", i => i.State, "IssueState!")
            .Field("author", i => new GraphActor(i.Author), "Actor")
            .Field("repository", i => i.Repository, "Repository!")
            .Field("labels", (i, a) => Labels(i.Labels, a), "LabelConnection", "first: Int, after: String"))
        .Object<RefView>("Ref", t => t
            .Field("name", r => r.Name, "String!")
            .Field("prefix", r => r.Prefix, "String!")
            .Field("target", r => new GraphCommit(r.Oid, [], []), "Commit"))
        .Object<GraphRepository>("Repository", t => t
            .Field("name", r => r.Name, "String!")
            .Field("nameWithOwner", r => $"{r.Owner}/{r.Name}", "String!")
            .Field("owner", r => new GraphActor(r.Owner), "Actor!")
            .Field("url", r => r.Url, "URI!")
            .Field("defaultBranchRef", r => new RefView(r.DefaultBranch, "refs/heads/", ""), "Ref"))
        .Object<LabelConnectionView>("LabelConnection", t => t
            .Field("totalCount", c => c.Labels.Count, "Int!")
            .Field("nodes", c => c.Labels.Select(l => new LabelView(l)).ToList(), "[Label]"))
        .Object<LabelView>("Label", t => t.Field("name", l => l.Name, "String!"))
        .Object<MilestoneView>("Milestone", t => t.Field("title", m => m.Title, "String!"))
        .Object<CommitConnectionView>("PullRequestCommitConnection", t => t
            .Field("totalCount", c => 1, "Int!")
            .Field("nodes", c => new[] { new CommitNodeView(c.Commit) }, "[PullRequestCommit]"))
        .Object<CommitNodeView>("PullRequestCommit", t => t.Field("commit", n => n.Commit, "Commit!"))
        .Object<GraphCommit>("Commit", t => t
            .Field("oid", c => c.Oid, "GitObjectID!")
            .Field("status", c => c.Contexts.Count == 0 ? null : new StatusView(c), "Status")
            .Field("statusCheckRollup", c => c.Contexts.Count == 0 && c.CheckRuns.Count == 0 ? null : new RollupView(c), "StatusCheckRollup"))
        .Object<StatusView>("Status", t => t
            .Field("state", s => Rollup(s.Commit), "StatusState!")
            .Field("contexts", s => s.Commit.Contexts, "[StatusContext!]!"))
        .Object<RollupView>("StatusCheckRollup", t => t
            .Field("state", r => Rollup(r.Commit), "StatusState!")
            .Field("contexts", r => new RollupContextsView([.. r.Commit.Contexts, .. r.Commit.CheckRuns]), "StatusCheckRollupContextConnection!", "first: Int, last: Int, after: String"))
        .Object<RollupContextsView>("StatusCheckRollupContextConnection", t => t
            .Field("totalCount", c => c.Nodes.Count, "Int!")
            .Field("nodes", c => c.Nodes, "[StatusCheckRollupContext]"))
        .Object<GraphStatusContext>("StatusContext", t => t
            .Field("context", s => s.Context, "String!")
            .Field("state", s => s.State, "StatusState!")
            .Field("description", s => s.Description, "String")
            .Field("targetUrl", s => s.TargetUrl, "URI"))
        .Object<GraphCheckRun>("CheckRun", t => t
            .Field("name", c => c.Name, "String!")
            .Field("status", c => c.Status, "CheckStatusState!")
            .Field("conclusion", c => c.Conclusion, "CheckConclusionState")
            .Field("detailsUrl", c => c.DetailsUrl, "URI"))
        .Union("SearchResultItem", "PullRequest", "Issue")
        .Union("StatusCheckRollupContext", "StatusContext", "CheckRun")
        .Enum("MergeableState", "MERGEABLE", "CONFLICTING", "UNKNOWN")
        .Enum("PullRequestState", "OPEN", "CLOSED", "MERGED")
        .Enum("IssueState", "OPEN", "CLOSED")
        .Enum("PullRequestReviewDecision", "APPROVED", "CHANGES_REQUESTED", "REVIEW_REQUIRED")
        .Enum("SearchType", "ISSUE", "REPOSITORY", "USER", "DISCUSSION")
        .Enum("StatusState", "ERROR", "EXPECTED", "FAILURE", "PENDING", "SUCCESS")
        .Enum("CheckStatusState", "QUEUED", "IN_PROGRESS", "COMPLETED", "WAITING", "PENDING", "REQUESTED")
        .Enum("CheckConclusionState", "ACTION_REQUIRED", "CANCELLED", "FAILURE", "NEUTRAL", "SKIPPED", "STALE", "STARTUP_FAILURE", "SUCCESS", "TIMED_OUT")
        .Scalar("DateTime")
        .Scalar("GitObjectID")
        .Scalar("URI")
        .Build();

    private static async ValueTask<object?> SearchAsync(GraphRoot root, ResolverArguments args, CancellationToken ct)
    {
        if (args.GetString("type") != "ISSUE")
        {
            throw new GraphQLFieldException("Only ISSUE searches are supported by the forge.");
        }

        var first = args.GetInt("first") ?? args.GetInt("last") ?? throw new GraphQLFieldException("You must provide a `first` or `last` value to properly paginate the `search` connection.");
        if (first is < 0 or > 100)
        {
            throw new GraphQLFieldException($"Requesting {first} records on the `search` connection exceeds the `first` limit of 100 records.");
        }

        var offset = Cursor(args.GetString("after"));
        var query = IssueSearchQuery.Parse(args.GetString("query") ?? "");
        return await root.Forge.Db.ReadAsync(state =>
        {
            var found = IssueSearch.Run(state, query, root.Viewer).OrderByDescending(p => p.Issue.CreatedAt).Take(MaxSearchResults).ToList();
            var page = found.Skip(offset).Take(first)
                .Select(p => p.Issue.Pull is null ? (object)GraphSnapshots.Issue(root.Forge, p.Repo, p.Issue) : GraphSnapshots.Pull(root.Forge, p.Repo, p.Issue))
                .ToList();
            var end = offset + page.Count;
            return new GraphConnection(found.Count, end < found.Count, page.Count == 0 ? null : Encode(end), page);
        }, ct);
    }

    /// <summary>GitHub's cursors are opaque base64 strings; ours encode the offset.</summary>
    private static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"cursor:{offset}"));

    private static int Cursor(string? after)
    {
        if (string.IsNullOrEmpty(after))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(after));
            return text.StartsWith("cursor:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : throw new GraphQLFieldException($"`{after}` does not appear to be a valid cursor.");
        }
        catch (FormatException)
        {
            throw new GraphQLFieldException($"`{after}` does not appear to be a valid cursor.");
        }
    }

    private static LabelConnectionView Labels(IReadOnlyList<string> labels, ResolverArguments args) =>
        new([.. labels.Take(args.GetInt("first") ?? 100)]);

    private static string Rollup(GraphCommit commit)
    {
        var states = commit.Contexts.Select(c => c.State).Concat(commit.CheckRuns.Select(c => c.Conclusion switch
        {
            null => "PENDING",
            "SUCCESS" or "NEUTRAL" or "SKIPPED" => "SUCCESS",
            _ => "FAILURE",
        })).ToList();
        return states.Exists(s => s is "FAILURE" or "ERROR") ? "FAILURE" : states.Count == 0 || states.Contains("PENDING") ? "PENDING" : "SUCCESS";
    }

    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record RateLimitView(int Cost, int Limit, int Remaining, DateTimeOffset ResetAt);

    private sealed record RefView(string Name, string Prefix, string Oid);

    private sealed record LabelConnectionView(IReadOnlyList<string> Labels);

    private sealed record LabelView(string Name);

    private sealed record MilestoneView(string Title);

    private sealed record CommitNodeView(GraphCommit Commit);

    private sealed record RollupContextsView(IReadOnlyList<object> Nodes);

    private sealed record PageInfoView(bool HasNextPage, string? EndCursor);

    private sealed record UserView(string Login);

    private sealed record CommitConnectionView(GraphCommit Commit);

    private sealed record StatusView(GraphCommit Commit);

    private sealed record RollupView(GraphCommit Commit);
}
