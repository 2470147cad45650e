using System.Text.Json.Nodes;
using Bowsprit.Forge.GraphQL;
using static Bowsprit.Forge.Tests.GraphQL.GraphQLTestHost;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class TideQueryTests
{
    /// <summary>
    /// Tide's searchQuery as githubv4 renders it: compact, commas between fields, variables sorted
    /// and unseparated, the pull request fields behind <c>... on PullRequest</c>.
    /// </summary>
    internal const string TideQuery =
        "query($query:String!$searchCursor:String){rateLimit{cost,remaining},"
        + "search(type: ISSUE, first: 37, after: $searchCursor, query: $query){pageInfo{hasNextPage,endCursor},"
        + "nodes{... on PullRequest{number,author{login},baseRef{name,prefix},baseRefName,headRefName,headRefOid,"
        + "mergeable,canBeRebased,repository{name,nameWithOwner,owner{login}},reviewDecision,"
        + "commits(last: 1){nodes{commit{status{contexts{context,description,state}},oid}}},"
        + "labels(first: 100){nodes{name}},milestone{title},body,title,updatedAt}}}}";

    private const string OpenPullRequests = "is:pr state:open archived:false repo:\"kubernetes/test-infra\"";

    [Fact]
    public async Task ExecuteAsync_TideQueryFirstPage_Returns37PullRequestsAndCursor()
    {
        var response = await ExecuteAsync(TideQuery, $$"""{"query": {{JsonValue.Create(OpenPullRequests).ToJsonString()}}, "searchCursor": null}""");

        Assert.False(response.ContainsKey("errors"), response.ToJsonString());
        var data = response["data"]!;
        AssertJson("{'cost':1,'remaining':4999}", data["rateLimit"]);
        AssertJson("{'hasNextPage':true,'endCursor':'cursor:37'}", data["search"]!["pageInfo"]);
        var nodes = data["search"]!["nodes"]!.AsArray();
        Assert.Equal(37, nodes.Count);
        AssertJson(
            """
            {
              'number': 1, 'author': {'login': 'dev1'}, 'baseRef': {'name': 'main', 'prefix': 'refs/heads/'},
              'baseRefName': 'main', 'headRefName': 'feature-1', 'headRefOid': '01aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
              'mergeable': 'MERGEABLE', 'canBeRebased': true,
              'repository': {'name': 'test-infra', 'nameWithOwner': 'kubernetes/test-infra', 'owner': {'login': 'kubernetes'}},
              'reviewDecision': null,
              'commits': {'nodes': [{'commit': {'status': {'contexts': [{'context': 'pull-test-infra-bazel', 'description': null, 'state': 'SUCCESS'}]}, 'oid': '01aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}}]},
              'labels': {'nodes': [{'name': 'needs-rebase'}]},
              'milestone': {'title': 'v1.30'}, 'body': 'body', 'title': 'Fix flake #1', 'updatedAt': '2024-05-06T08:08:09Z'
            }
            """,
            nodes[0]);
        Assert.True(nodes[2]!.AsObject().ContainsKey("author"));
        Assert.Null(nodes[2]!["author"]);
        Assert.Equal("CONFLICTING", nodes[6]!["mergeable"]!.GetValue<string>());
        Assert.Equal("APPROVED", nodes[1]!["reviewDecision"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExecuteAsync_TideQuerySecondPage_FollowsCursorToTheEnd()
    {
        var first = await ExecuteAsync(TideQuery, """{"query": "is:pr"}""");
        var cursor = first["data"]!["search"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var second = await ExecuteAsync(TideQuery, $$"""{"query": "is:pr", "searchCursor": "{{cursor}}"}""");

        Assert.False(second.ContainsKey("errors"), second.ToJsonString());
        AssertJson("{'hasNextPage':false,'endCursor':'cursor:40'}", second["data"]!["search"]!["pageInfo"]);
        var numbers = second["data"]!["search"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>());
        Assert.Equal([38, 39, 40], numbers);
    }

    [Fact]
    public async Task ExecuteAsync_TideQueryWithoutIsPr_LeavesIssuesAsEmptyObjects()
    {
        // Issues match the search but not "... on PullRequest": GitHub returns them as {}.
        var response = await ExecuteAsync(TideQuery, """{"query": "label:kind/flake"}""");

        AssertJson("[{}]", response["data"]!["search"]!["nodes"]);
    }

    [Fact]
    public async Task ExecuteAsync_TideQueryByLabels_FiltersPullRequests()
    {
        var response = await ExecuteAsync(
            TideQuery,
            """{"query": "is:pr state:open label:lgtm label:approved -label:do-not-merge/hold", "searchCursor": null}""");

        var numbers = response["data"]!["search"]!["nodes"]!.AsArray().Select(n => n!["number"]!.GetValue<int>());
        Assert.Equal([5, 10, 15, 20, 25, 30, 35, 40], numbers);
        Assert.False(response["data"]!["search"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ExecuteAsync_PrettyPrintedTideQueryWithOperationName_MatchesCompactForm()
    {
        const string pretty = """
            # Tide's query, as a human would write it.
            query TideSearch($query: String!, $searchCursor: String) {
              rateLimit { cost remaining }
              search(type: ISSUE, first: 37, after: $searchCursor, query: $query) {
                pageInfo { hasNextPage endCursor }
                nodes {
                  ... on PullRequest {
                    number author { login } baseRef { name prefix } baseRefName headRefName headRefOid
                    mergeable canBeRebased repository { name nameWithOwner owner { login } } reviewDecision
                    commits(last: 1) { nodes { commit { status { contexts { context description state } } oid } } }
                    labels(first: 100) { nodes { name } } milestone { title } body title updatedAt
                  }
                }
              }
            }
            """;
        var compact = await ExecuteAsync(TideQuery, """{"query": "is:pr"}""");

        var response = await ExecuteAsync(pretty, """{"query": "is:pr"}""", operationName: "TideSearch");

        Assert.Equal(compact.ToJsonString(), response.ToJsonString());
    }

    [Fact]
    public async Task ExecuteAsync_TideQueryFromPostedBody_ReadsQueryVariablesAndOperationName()
    {
        var body = JsonNode.Parse($$"""{"query": {{JsonValue.Create(TideQuery).ToJsonString()}}, "variables": {"query": "is:issue"}, "operationName": null}""");
        var request = GraphQLRequest.FromJson(body);

        var response = await new GraphQLExecutor(DemoSchema.Schema)
            .ExecuteAsync(request, DemoSchema.CreateRoot(), TestContext.Current.CancellationToken);

        Assert.Equal(2, response["data"]!["search"]!["nodes"]!.AsArray().Count);
    }
}
