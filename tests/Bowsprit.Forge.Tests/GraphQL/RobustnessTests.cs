using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed partial class RobustnessTests
{
    private const string RichQuery =
        "query Q($s: Boolean = false, $n: String) { a: greet(name: $n) @skip(if: $s) ...F relay { node(id: \"PR_4\") "
        + "{ __typename ... on PullRequest { scores labels(first: 1) { nodes { name } } } ...F2 } } pullRequests(states: [OPEN]) { number } } "
        + "fragment F on Query { rateLimit { cost } echo(values: [[\"a\"]]) } fragment F2 on Node { id }";

    private static readonly string[] Pieces =
    [
        "{", "}", "(", ")", "[", "]", "...", "on", "@skip", "@include(if: $x)", "$q", ":", "=", "!", "\"", "\"\"\"",
        "query", "fragment", "mutation", "search", "nodes", "PullRequest", "__typename", "__schema", "42", "-0.5e",
        "#", "\n", ",", "\\u00", "\\", "true", "null", "ISSUE", "first: 37", "a:", "...F", "fragment F on Query",
        "\u0000", "\uFEFF", "\uD83D", "é",
    ];

    [Fact]
    public async Task ExecuteAsync_RandomGarbage_NeverThrows()
    {
        var random = new Random(20240506);
        for (var i = 0; i < 1_000; i++)
        {
            var query = (i % 3) switch
            {
                0 => RandomChars(random),
                1 => string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)])),
                _ => Mutate(random, i % 2 == 0 ? TideQueryTests.TideQuery : RichQuery),
            };

            await AssertAnswersAsync(query, """{"query": "is:pr", "searchCursor": "cursor:35", "x": true, "s": false}""");
        }
    }

    [Fact]
    public async Task ExecuteAsync_EveryPrefixOfTideQuery_NeverThrows()
    {
        var query = TideQueryTests.TideQuery;
        for (var length = 0; length < query.Length; length++)
        {
            var response = await AssertAnswersAsync(query[..length], """{"query": "is:pr", "searchCursor": "cursor:30"}""");

            Assert.False(response.ContainsKey("data"), query[..length]);
        }
    }

    [Theory]
    [InlineData('{')]
    [InlineData('[')]
    [InlineData('(')]
    public async Task ExecuteAsync_DeeplyNestedInput_ReportsSyntaxErrorInsteadOfOverflowing(char opener)
    {
        var query = opener switch
        {
            '{' => string.Concat(Enumerable.Repeat("{ relay ", 10_000)),
            '[' => "{ greet(name: " + new string('[', 10_000) + ") }",
            _ => "query($v: " + new string('[', 10_000) + "String) { greet }",
        };

        var response = await GraphQLTestHost.ExecuteAsync(query);

        Assert.StartsWith("Document is nested more than 64 levels deep", GraphQLTestHost.Message(GraphQLTestHost.SingleRequestError(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_LongFragmentChain_IsHandledWithoutDeepRecursion()
    {
        var text = "{ ...F0 } " + string.Concat(Enumerable.Range(0, 900).Select(i => $"fragment F{i} on Query {{ greet ...F{i + 1} }} ")) + "fragment F900 on Query { greet }";

        var response = await GraphQLTestHost.ExecuteAsync(text);

        GraphQLTestHost.AssertJson("{'data':{'greet':'hello world'}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_OverlongQuery_IsRejected()
    {
        var response = await GraphQLTestHost.ExecuteAsync("{ greet }" + new string(' ', 100_000));

        Assert.StartsWith("Query is too long", GraphQLTestHost.Message(GraphQLTestHost.SingleRequestError(response)), StringComparison.Ordinal);
    }

    /// <summary>Runs a query and checks it got a well-formed answer that is not an internal error.</summary>
    private static async Task<JsonObject> AssertAnswersAsync(string query, string variables)
    {
        var request = new GraphQLRequest(query, null, JsonNode.Parse(variables)!.AsObject());
        var response = await new GraphQLExecutor(DemoSchema.Schema).ExecuteAsync(request, DemoSchema.CreateRoot(), TestContext.Current.CancellationToken);

        Assert.True(response.ContainsKey("data") || response.ContainsKey("errors"), query);
        Assert.DoesNotContain("INTERNAL", response.ToJsonString(), StringComparison.Ordinal);
        return response;
    }

    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 80)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(0x20, 0x7F);
        }

        return new string(chars);
    }

    /// <summary>Deletes, duplicates or swaps a few tokens of a valid query, to get past the parser into validation and execution.</summary>
    private static string Mutate(Random random, string query)
    {
        var tokens = TokenPattern().Matches(query).Select(m => m.Value).ToList();
        for (var edit = random.Next(1, 4); edit > 0; edit--)
        {
            var at = random.Next(tokens.Count);
            var other = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[other]);
                    break;
                default:
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        return string.Join(" ", tokens);
    }

    [GeneratedRegex("""\.\.\.|"[^"]*"|[A-Za-z_0-9$]+|[^\sA-Za-z_0-9$]""")]
    private static partial Regex TokenPattern();
}
