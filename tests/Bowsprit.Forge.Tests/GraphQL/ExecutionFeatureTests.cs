using static Bowsprit.Forge.Tests.GraphQL.GraphQLTestHost;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class ExecutionFeatureTests
{
    [Theory]
    [InlineData("{ rateLimit { cost } }", "{'rateLimit':{'cost':1}}")]
    [InlineData("{ rateLimit { left: remaining, cost } }", "{'rateLimit':{'left':4999,'cost':1}}")]
    [InlineData("{ a: rateLimit { cost } b: rateLimit { remaining } }", "{'a':{'cost':1},'b':{'remaining':4999}}")]
    [InlineData("{ rateLimit { cost } rateLimit { remaining cost } }", "{'rateLimit':{'cost':1,'remaining':4999}}")]
    [InlineData("{ rateLimit { resetAt } }", "{'rateLimit':{'resetAt':'2024-05-06T08:00:00Z'}}")]
    [InlineData("{ __typename rateLimit { __typename } }", "{'__typename':'Query','rateLimit':{'__typename':'RateLimit'}}")]
    [InlineData("query { rateLimit { cost } }", "{'rateLimit':{'cost':1}}")]
    [InlineData("{ greet }", "{'greet':'hello world'}")]
    [InlineData("{ greet(name: \"tide\", times: 2) }", "{'greet':'hello tidehello tide'}")]
    [InlineData("{ greet(name: null) }", "{'greet':'hello '}")]
    [InlineData("{ echoFloat(value: 2) }", "{'echoFloat':2}")]
    [InlineData("{ echoFloat(value: -1.5e3) }", "{'echoFloat':-1500}")]
    [InlineData("{ node(id: \"I_42\") { id ... on Issue { title } } }", "{'node':{'id':'I_42','title':'Docs'}}")]
    [InlineData("{ node(id: \"PR_2\") { __typename ... on PullRequest { isDraft } } }", "{'node':{'__typename':'PullRequest','isDraft':true}}")]
    [InlineData("{ node(id: \"nope\") { id } }", "{'node':null}")]
    public async Task ExecuteAsync_Selection_ReturnsExpectedData(string query, string expectedData)
    {
        var response = await ExecuteAsync(query);

        AssertJson($"{{'data':{expectedData}}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_NamedAndNestedFragments_ExpandInSelectionOrder()
    {
        const string query = """
            query { node(id: "PR_1") { ...Pr } }
            fragment Pr on PullRequest { number ...Who title }
            fragment Who on PullRequest { author { ...Login } number }
            fragment Login on Actor { login }
            """;

        var response = await ExecuteAsync(query);

        AssertJson("{'data':{'node':{'number':1,'author':{'login':'dev1'},'title':'Fix flake #1'}}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_FragmentsOnUnionAndInterface_ApplyByRuntimeType()
    {
        const string query = """
            {
              search(query: "label:kind/flake label:lgtm", type: ISSUE, first: 5) {
                issueCount
                nodes { __typename ...N ... on Issue { title } ... { ... on PullRequest { headRefName } } }
              }
            }
            fragment N on Node { id }
            """;

        var response = await ExecuteAsync(query, null);

        AssertJson("{'data':{'search':{'issueCount':0,'nodes':[]}}}", response);
        var all = await ExecuteAsync(query.Replace("label:kind/flake label:lgtm", "label:kind/flake"));
        AssertJson("{'data':{'search':{'issueCount':1,'nodes':[{'__typename':'Issue','id':'I_41','title':'Flaky test'}]}}}", all);
    }

    [Theory]
    [InlineData("{ rateLimit { cost @skip(if: true) remaining } }", "{'rateLimit':{'remaining':4999}}")]
    [InlineData("{ rateLimit { cost @include(if: false) remaining } }", "{'rateLimit':{'remaining':4999}}")]
    [InlineData("{ rateLimit { cost @include(if: true) @skip(if: false) } }", "{'rateLimit':{'cost':1}}")]
    [InlineData("{ rateLimit { ... @skip(if: true) { cost } remaining } }", "{'rateLimit':{'remaining':4999}}")]
    [InlineData("{ rateLimit { ...F @include(if: false) remaining } } fragment F on RateLimit { cost }", "{'rateLimit':{'remaining':4999}}")]
    [InlineData("{ rateLimit { cost @skip(if: true) cost } }", "{'rateLimit':{'cost':1}}")]
    public async Task ExecuteAsync_SkipAndInclude_FilterSelections(string query, string expectedData)
    {
        var response = await ExecuteAsync(query);

        AssertJson($"{{'data':{expectedData}}}", response);
    }

    [Theory]
    [InlineData("{'skip': true}", "{'rateLimit':{'remaining':4999}}")]
    [InlineData("{'skip': false}", "{'rateLimit':{'cost':1,'remaining':4999}}")]
    [InlineData("{}", "{'rateLimit':{'remaining':4999}}")]
    public async Task ExecuteAsync_DirectiveVariableWithDefault_UsesPostedOrDefaultValue(string variables, string expectedData)
    {
        const string query = "query($skip: Boolean = true) { rateLimit { cost @skip(if: $skip) remaining } }";

        var response = await ExecuteAsync(query, variables.Replace('\'', '"'));

        AssertJson($"{{'data':{expectedData}}}", response);
    }

    [Theory]
    [InlineData("query($n: String = \"default\") { greet(name: $n) }", "{}", "hello default")]
    [InlineData("query($n: String = \"default\") { greet(name: $n) }", "{\"n\": \"posted\"}", "hello posted")]
    [InlineData("query($n: String) { greet(name: $n) }", "{}", "hello world")]
    [InlineData("query($n: String) { greet(name: $n) }", "{\"n\": null}", "hello ")]
    [InlineData("query($t: Int!) { greet(times: $t) }", "{\"t\": 3}", "hello worldhello worldhello world")]
    public async Task ExecuteAsync_VariablesAndArgumentDefaults_ApplyInSpecOrder(string query, string variables, string expected)
    {
        var response = await ExecuteAsync(query, variables);

        AssertJson($"{{'data':{{'greet':'{expected}'}}}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_ListsOfListsFromLiteralAndVariable_RoundTrip()
    {
        const string query = """query($v: [[String]]) { literal: echo(values: [["a", null], [], "single"]) fromVariable: echo(values: $v) coerced: echo(values: "x") }""";

        var response = await ExecuteAsync(query, """{"v": [["b"], null, ["c", "d"]]}""");

        AssertJson(
            "{'data':{'literal':[['a',null],[],['single']],'fromVariable':[['b'],null,['c','d']],'coerced':[['x']]}}",
            response);
    }

    [Theory]
    [InlineData("{ pullRequests(mergeable: CONFLICTING) { number mergeable state } }", "[{'number':7,'mergeable':'CONFLICTING','state':'OPEN'},{'number':14,'mergeable':'CONFLICTING','state':'OPEN'},{'number':21,'mergeable':'CONFLICTING','state':'OPEN'},{'number':28,'mergeable':'CONFLICTING','state':'OPEN'},{'number':35,'mergeable':'CONFLICTING','state':'OPEN'}]")]
    [InlineData("{ pullRequests(states: [MERGED, CLOSED]) { number } }", "[]")]
    [InlineData("{ pullRequests(states: OPEN, mergeable: CONFLICTING) { number } }", "[{'number':7},{'number':14},{'number':21},{'number':28},{'number':35}]")]
    public async Task ExecuteAsync_EnumArgumentsAndOutputs_UseEnumValueNames(string query, string expectedList)
    {
        var response = await ExecuteAsync(query);

        AssertJson($"{{'data':{{'pullRequests':{expectedList}}}}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_EnumVariable_CoercesToCSharpEnumInResolver()
    {
        const string query = "query($m: MergeableState, $s: [PullRequestState!]) { pullRequests(mergeable: $m, states: $s) { number } }";

        var response = await ExecuteAsync(query, """{"m": "CONFLICTING", "s": "OPEN"}""");

        Assert.Equal(5, response["data"]!["pullRequests"]!.AsArray().Count);
    }

    [Fact]
    public async Task ExecuteAsync_BlockStringsCommentsAndCommas_AreHandled()
    {
        const string query = "# leading comment\n{ ,,, greet(name: \"\"\"\n      block\n        indented \\\"\"\" quote\n    \"\"\") # trailing\n }";

        var response = await ExecuteAsync(query);

        AssertJson("{'data':{'greet':'hello block\\n  indented \\u0022\\u0022\\u0022 quote'}}", response);
    }

    [Fact]
    public async Task ExecuteAsync_CustomScalarsAndAsyncResolver_SerializeAsStrings()
    {
        var response = await ExecuteAsync("{ slow node(id: \"PR_5\") { ... on PullRequest { url updatedAt headRefOid } } }");

        AssertJson(
            "{'data':{'slow':'done','node':{'url':'https://forge.test/kubernetes/test-infra/pull/5','updatedAt':'2024-05-06T12:08:09Z','headRefOid':'05aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}}}",
            response);
    }

    [Fact]
    public async Task ExecuteAsync_MultipleOperations_RunsTheNamedOne()
    {
        const string document = "query A { greet } query B { rateLimit { cost } }";

        var response = await ExecuteAsync(document, operationName: "B");

        AssertJson("{'data':{'rateLimit':{'cost':1}}}", response);
    }
}
