using System.Text;
using System.Text.Json;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Garbage to <c>POST /api/graphql</c>: GraphQL errors in a 200, or GitHub's 400 JSON, never a 5xx.</summary>
public sealed class GraphQLGarbageTests(GarbageWorld world) : IClassFixture<GarbageWorld>
{
    private const string Search = "{ search(query: \\\"is:pr is:open\\\", type: ISSUE, first: 5) { issueCount nodes { ... on PullRequest { number title labels(first: 3) { nodes { name } } commits(last: 1) { nodes { commit { oid } } } } } } }";

    private static readonly Dictionary<string, string> Garbage = new(StringComparer.Ordinal)
    {
        ["unclosed object"] = "{",
        ["deeply nested arrays"] = new string('[', 10_000) + new string(']', 10_000),
        ["duplicate keys"] = """{"query": "{ rateLimit { cost } }", "query": "{ viewer { login } }"}""",
        ["null"] = "null",
        ["array"] = "[]",
        ["bare string"] = "\"{ rateLimit { cost } }\"",
        ["empty object"] = "{}",
        ["query of wrong type"] = """{"query": 5}""",
        ["null query"] = """{"query": null}""",
        ["empty query"] = """{"query": ""}""",
        ["unclosed selection"] = """{"query": "{"}""",
        ["unknown field"] = """{"query": "{ viewer { nope } }"}""",
        ["mutation"] = """{"query": "mutation { merge }"}""",
        ["subscription"] = """{"query": "subscription { x }"}""",
        ["variables not JSON"] = """{"query": "{ rateLimit { cost } }", "variables": "not json"}""",
        ["variables an array"] = """{"query": "{ rateLimit { cost } }", "variables": [1]}""",
        ["variable of wrong type"] = """{"query": "query($n: Int!) { search(query: \"x\", type: ISSUE, first: $n) { issueCount } }", "variables": {"n": "many"}}""",
        ["missing variable"] = """{"query": "query($q: String!) { search(query: $q, type: ISSUE) { issueCount } }"}""",
        ["negative first"] = """{"query": "{ search(query: \"is:pr\", type: ISSUE, first: -1) { issueCount } }"}""",
        ["overflowing first"] = """{"query": "{ search(query: \"is:pr\", type: ISSUE, first: 99999999999) { issueCount } }"}""",
        ["garbage cursor"] = """{"query": "{ search(query: \"is:pr\", type: ISSUE, first: 1, after: \"\u0000garbage\") { issueCount } }"}""",
        ["garbage search syntax"] = """{"query": "{ search(query: \"repo:../.. label:\\\" is:\", type: ISSUE, first: 1) { issueCount } }"}""",
        ["operation name of wrong type"] = """{"query": "{ rateLimit { cost } }", "operationName": 5}""",
        ["unknown operation name"] = """{"query": "query A { rateLimit { cost } }", "operationName": "B"}""",
        ["deeply nested selection"] = "{\"query\": \"" + string.Concat(Enumerable.Repeat("{ a ", 5_000)) + "\"}",
        ["megabyte query"] = "{\"query\": \"{ rateLimit { cost } }" + new string(' ', 1_000_000) + "\"}",
        ["real search"] = "{\"query\": \"" + Search + "\"}",
    };

    public static TheoryData<string> Bodies => [.. Garbage.Keys];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_GarbageBody_AnswersGraphQLErrorsOrGitHub400(string kind)
    {
        var body = Garbage[kind];
        var probe = new GarbageProbe(world);
        var route = world.Routes.Single(r => r.Key == "POST /api/graphql");

        var answer = await probe.SendBodyAsync(route, "/api/graphql", Encoding.UTF8.GetBytes(body));

        probe.AssertNoProblems();
        Assert.True(answer.Status is 200 or 400, $"{kind}: {answer}");
        using var json = JsonDocument.Parse(answer.Body);
        var root = json.RootElement;
        if (answer.Status == 400)
        {
            Assert.Equal("Problems parsing JSON", answer.Message);
        }
        else
        {
            Assert.True(root.TryGetProperty("data", out _) || root.GetProperty("errors").GetArrayLength() > 0, $"{kind}: {answer}");
        }
    }

    [Fact]
    public async Task Post_UnknownToken_Returns401BadCredentials()
    {
        var probe = new GarbageProbe(world);
        var route = world.Routes.Single(r => r.Key == "POST /api/graphql");

        var answer = await probe.SendBodyAsync(route, "/api/graphql", "{\"query\": \"{ viewer { login } }\"}", headers: h => h.TryAddWithoutValidation("Authorization", "bearer no-such-token"));

        probe.AssertNoProblems();
        Assert.Equal((401, "Bad credentials"), (answer.Status, answer.Message));
    }
}
