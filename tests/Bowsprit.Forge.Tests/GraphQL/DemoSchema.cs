using System.Globalization;
using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

/// <summary>
/// A cut-down GitHub schema: enough of search, PullRequest and Issue for Tide's query, plus a few
/// fields that exist only to exercise the engine (echo, greet, failures).
/// </summary>
internal static class DemoSchema
{
    public enum MergeableState
    {
        Mergeable,
        Conflicting,
        Unknown,
    }

    public enum PullRequestState
    {
        Open,
        Closed,
        Merged,
    }

    public static GraphQLSchema Schema { get; } = Build();

    public static GraphQLSchema Build() => new GraphQLSchemaBuilder()
        .Object<Root>("Query", t => t
            .Field("search", Search, "SearchResultItemConnection!", "query: String!, type: SearchType!, first: Int, after: String")
            .Field("rateLimit", r => r.RateLimit, "RateLimit")
            .Field("relay", r => r, "Query!")
            .Field("node", (r, a) => r.Items.FirstOrDefault(i => NodeId(i) == a.GetString("id")), "Node", "id: ID!")
            .Field("pullRequests", PullRequests, "[PullRequest!]!", "states: [PullRequestState!] = [OPEN], mergeable: MergeableState")
            .Field("greet", (_, a) => string.Concat(Enumerable.Repeat($"hello {a.GetString("name")}", a.GetInt("times") ?? 0)), "String", "name: String = \"world\", times: Int = 1")
            .Field("echo", (_, a) => a.Get("values"), "[[String]]", "values: [[String]]")
            .Field("echoFloat", (_, a) => a.GetFloat("value"), "Float", "value: Float")
            .Field("echoBool", (_, a) => a.GetBool("value"), "Boolean!", "value: Boolean!")
            .Field("boom", _ => throw new InvalidOperationException("kaboom"), "String")
            .Field("notFound", _ => throw new GraphQLFieldException("Could not resolve to a Repository with the name 'x/y'.", "NOT_FOUND"), "String")
            .Field("required", _ => null, "String!")
            .Field("badInt", _ => 3_000_000_000L, "Int")
            .Field("badEnum", _ => "NOPE", "MergeableState")
            .Field("lowerEnum", _ => "changes_requested", "PullRequestReviewDecision")
            .Field("badString", _ => new object(), "String")
            .Field("notAList", _ => 5, "[Int]")
            .Field("unboundNode", _ => "not a node", "Node")
            .Field("forgotAsync", _ => Task.FromResult<object?>("x"), "String")
            .FieldAsync("slow", async (_, _, ct) =>
            {
                await Task.Yield();
                ct.ThrowIfCancellationRequested();
                return "done";
            }, "String!"))
        .Object<SearchConnection>("SearchResultItemConnection", t => t
            .Field("issueCount", c => c.IssueCount, "Int!")
            .Field("pageInfo", c => c, "PageInfo!")
            .Field("nodes", c => c.Nodes, "[SearchResultItem]"))
        // One CLR type may back several object types, as long as no union or interface holds two of them.
        .Object<SearchConnection>("PageInfo", t => t
            .Field("hasNextPage", p => p.HasNextPage, "Boolean!")
            .Field("endCursor", p => p.EndCursor, "String"))
        .Object<RateLimit>("RateLimit", t => t
            .Field("cost", r => r.Cost, "Int!")
            .Field("remaining", r => r.Remaining, "Int!")
            .Field("resetAt", r => r.ResetAt, "DateTime!"))
        .Interface("Node", t => t.Field("id", "ID!"))
        .Object<PullRequest>("PullRequest", t => t
            .Implements("Node")
            .Field("id", p => NodeId(p), "ID!")
            .Field("number", p => p.Number, "Int!")
            .Field("title", p => p.Title, "String!")
            .Field("body", p => p.Body, "String!")
            .Field("author", p => p.Author, "Actor")
            .Field("baseRef", p => p.BaseRef, "Ref")
            .Field("baseRefName", p => p.BaseRef.Name, "String!")
            .Field("headRefName", p => p.HeadRefName, "String!")
            .Field("headRefOid", p => p.HeadRefOid, "GitObjectID!")
            .Field("mergeable", p => p.Mergeable, "MergeableState!")
            .Field("canBeRebased", p => p.Mergeable == MergeableState.Mergeable, "Boolean!")
            .Field("state", p => p.State, "PullRequestState!")
            .Field("isDraft", p => p.IsDraft, "Boolean!")
            .Field("repository", p => p.Repository, "Repository!")
            .Field("reviewDecision", p => p.ReviewDecision, "PullRequestReviewDecision")
            .Field("labels", (p, a) => Page(p.Labels, a), "LabelConnection", "first: Int, after: String")
            .Field("milestone", p => p.Milestone, "Milestone")
            .Field("commits", (p, a) => new CommitConnection(p.Commits.TakeLast(a.GetInt("last") ?? p.Commits.Count).ToList()), "PullRequestCommitConnection!", "last: Int")
            .Field("updatedAt", p => p.UpdatedAt, "DateTime!")
            .Field("url", p => new Uri($"https://forge.test/{p.Repository.Owner}/{p.Repository.Name}/pull/{p.Number}"), "URI!")
            .Field("mergeCommitTitle", _ => null, "String!") // deliberately null, for null propagation
            .Field("scores", p => p.Scores, "[Int!]"))
        .Object<Issue>("Issue", t => t
            .Implements("Node")
            .Field("id", i => NodeId(i), "ID!")
            .Field("number", i => i.Number, "Int!")
            .Field("title", i => i.Title, "String!")
            .Field("author", i => i.Author, "Actor")
            .Field("labels", (i, a) => Page(i.Labels, a), "LabelConnection", "first: Int, after: String"))
        .Object<Actor>("Actor", t => t.Field("login", a => a.Login, "String!"))
        .Object<Ref>("Ref", t => t.Field("name", r => r.Name, "String!").Field("prefix", r => r.Prefix, "String!"))
        .Object<Repository>("Repository", t => t
            .Field("name", r => r.Name, "String!")
            .Field("nameWithOwner", r => $"{r.Owner}/{r.Name}", "String!")
            .Field("owner", r => new Actor(r.Owner), "Actor!"))
        .Object<LabelConnection>("LabelConnection", t => t
            .Field("totalCount", c => c.TotalCount, "Int!")
            .Field("nodes", c => c.Nodes, "[Label]"))
        .Object<Label>("Label", t => t.Field("name", l => l.Name, "String!"))
        .Object<Milestone>("Milestone", t => t.Field("title", m => m.Title, "String!"))
        .Object<CommitConnection>("PullRequestCommitConnection", t => t
            .Field("nodes", c => c.Nodes.Select(commit => new PullRequestCommit(commit)), "[PullRequestCommit]"))
        .Object<PullRequestCommit>("PullRequestCommit", t => t.Field("commit", c => c.Commit, "Commit!"))
        .Object<Commit>("Commit", t => t
            .Field("oid", c => c.Oid, "GitObjectID!")
            .Field("status", c => c.Status, "Status"))
        .Object<Status>("Status", t => t.Field("contexts", s => s.Contexts, "[StatusContext!]!"))
        .Object<StatusContext>("StatusContext", t => t
            .Field("context", s => s.Context, "String!")
            .Field("state", s => s.State, "StatusState!")
            .Field("description", s => s.Description, "String"))
        .Union("SearchResultItem", "PullRequest", "Issue")
        .Enum<MergeableState>("MergeableState")
        .Enum<PullRequestState>("PullRequestState")
        .Enum("PullRequestReviewDecision", "APPROVED", "CHANGES_REQUESTED", "REVIEW_REQUIRED")
        .Enum("SearchType", "ISSUE", "REPOSITORY", "USER", "DISCUSSION")
        .Enum("StatusState", "ERROR", "EXPECTED", "FAILURE", "PENDING", "SUCCESS")
        .Scalar("DateTime")
        .Scalar("GitObjectID")
        .Scalar("URI")
        .Build();

    /// <summary>40 open pull requests (every fifth carries lgtm) and 2 issues in kubernetes/test-infra.</summary>
    public static Root CreateRoot()
    {
        var repository = new Repository("test-infra", "kubernetes");
        var items = new List<object>();
        for (var n = 1; n <= 40; n++)
        {
            var labels = n % 5 == 0 ? new[] { new Label("lgtm"), new Label("approved") } : [new Label("needs-rebase")];
            items.Add(new PullRequest(
                n,
                $"Fix flake #{n}",
                "body",
                n == 3 ? null : new Actor($"dev{n % 4}"),
                new Ref("main", "refs/heads/"),
                $"feature-{n}",
                $"{n:x2}".PadRight(40, 'a'),
                n % 7 == 0 ? MergeableState.Conflicting : MergeableState.Mergeable,
                PullRequestState.Open,
                IsDraft: n == 2,
                repository,
                n % 2 == 0 ? "APPROVED" : null,
                labels,
                n == 1 ? new Milestone("v1.30") : null,
                [
                    new Commit($"{n:x2}".PadRight(40, 'b'), null),
                    new Commit($"{n:x2}".PadRight(40, 'a'), new Status([new StatusContext("pull-test-infra-bazel", "SUCCESS", null)])),
                ],
                DateTimeOffset.Parse("2024-05-06T07:08:09Z", CultureInfo.InvariantCulture).AddHours(n)));
        }

        items.Add(new Issue(41, "Flaky test", new Actor("dev1"), [new Label("kind/flake")]));
        items.Add(new Issue(42, "Docs", null, []));
        return new Root(items, new RateLimit(1, 4999, DateTimeOffset.Parse("2024-05-06T08:00:00Z", CultureInfo.InvariantCulture)));
    }

    private static string NodeId(object item) => item switch
    {
        PullRequest p => $"PR_{p.Number}",
        Issue i => $"I_{i.Number}",
        _ => "",
    };

    /// <summary>A tiny subset of GitHub's search syntax: is:pr, is:issue, label:x, -label:x; other terms are ignored.</summary>
    private static SearchConnection Search(Root root, ResolverArguments args)
    {
        var first = args.GetInt("first") ?? throw new GraphQLFieldException("You must provide a `first` or `last` value to properly paginate the `search` connection.");
        if (first > 100)
        {
            throw new GraphQLFieldException($"Requesting {first} records on the `search` connection exceeds the `first` limit of 100 records.");
        }

        IEnumerable<object> matches = root.Items;
        foreach (var term in args.GetString("query")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var label = term.Split(':', 2) is [_, var value] ? value.Trim('"') : "";
            matches = term switch
            {
                "is:pr" => matches.Where(m => m is PullRequest),
                "is:issue" => matches.Where(m => m is Issue),
                _ when term.StartsWith("label:", StringComparison.Ordinal) => matches.Where(m => LabelsOf(m).Any(l => l.Name == label)),
                _ when term.StartsWith("-label:", StringComparison.Ordinal) => matches.Where(m => LabelsOf(m).All(l => l.Name != label)),
                _ => matches,
            };
        }

        var all = matches.ToList();
        var start = args.GetString("after") is { } cursor ? int.Parse(cursor["cursor:".Length..], CultureInfo.InvariantCulture) : 0;
        var page = all.Skip(start).Take(first).ToList();
        var end = start + page.Count;
        return new SearchConnection(all.Count, end < all.Count, page.Count == 0 ? null : $"cursor:{end}", page);
    }

    private static IReadOnlyList<Label> LabelsOf(object item) => item switch
    {
        PullRequest p => p.Labels,
        Issue i => i.Labels,
        _ => [],
    };

    private static LabelConnection Page(IReadOnlyList<Label> labels, ResolverArguments args) =>
        new(labels.Count, labels.Take(args.GetInt("first") ?? labels.Count).ToList());

    private static List<PullRequest> PullRequests(Root root, ResolverArguments args)
    {
        var states = args.Get<PullRequestState[]>("states") ?? [];
        var mergeable = args.Get<MergeableState?>("mergeable");
        return root.Items.OfType<PullRequest>()
            .Where(p => states.Contains(p.State) && (mergeable is null || p.Mergeable == mergeable))
            .ToList();
    }

    public sealed record Root(IReadOnlyList<object> Items, RateLimit RateLimit);

    public sealed record SearchConnection(int IssueCount, bool HasNextPage, string? EndCursor, IReadOnlyList<object> Nodes);

    public sealed record RateLimit(int Cost, int Remaining, DateTimeOffset ResetAt);

    public sealed record PullRequest(
        int Number,
        string Title,
        string Body,
        Actor? Author,
        Ref BaseRef,
        string HeadRefName,
        string HeadRefOid,
        MergeableState Mergeable,
        PullRequestState State,
        bool IsDraft,
        Repository Repository,
        string? ReviewDecision,
        IReadOnlyList<Label> Labels,
        Milestone? Milestone,
        IReadOnlyList<Commit> Commits,
        DateTimeOffset UpdatedAt)
    {
        public IReadOnlyList<int?> Scores => Number == 4 ? [1, null] : [1, 2];
    }

    public sealed record Issue(int Number, string Title, Actor? Author, IReadOnlyList<Label> Labels);

    public sealed record Actor(string Login);

    public sealed record Ref(string Name, string Prefix);

    public sealed record Repository(string Name, string Owner);

    public sealed record Label(string Name);

    public sealed record LabelConnection(int TotalCount, IReadOnlyList<Label> Nodes);

    public sealed record Milestone(string Title);

    public sealed record CommitConnection(IReadOnlyList<Commit> Nodes);

    public sealed record PullRequestCommit(Commit Commit);

    public sealed record Commit(string Oid, Status? Status);

    public sealed record Status(IReadOnlyList<StatusContext> Contexts);

    public sealed record StatusContext(string Context, string State, string? Description);
}
