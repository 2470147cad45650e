using Bowsprit.Forge.GraphQL;
using static Bowsprit.Forge.Tests.GraphQL.GraphQLTestHost;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class RequestErrorTests
{
    [Theory]
    [InlineData("{ node(id: \"PR_1\") { ... on PullRequest { nope } } }", "Field 'nope' doesn't exist on type 'PullRequest'")]
    [InlineData("{ rateLimit { cost } bogus }", "Field 'bogus' doesn't exist on type 'Query'")]
    [InlineData("{ search(query: \"x\", type: ISSUE, first: 1) { nodes { number } } }", "Field 'number' doesn't exist on type 'SearchResultItem'")]
    [InlineData("{ ...Missing }", "Fragment Missing was used, but not defined")]
    [InlineData("{ greet } fragment Unused on Query { greet }", "Fragment Unused was defined, but not used")]
    [InlineData("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "Fragment A contains an infinite loop")]
    [InlineData("{ rateLimit { ... on Actor { login } } }", "Fragment on Actor can't be spread inside RateLimit")]
    [InlineData("{ rateLimit { ...L } } fragment L on Label { name }", "Fragment L on Label can't be spread inside RateLimit")]
    [InlineData("{ ... on Nope { greet } }", "No such type Nope, so it can't be a fragment condition")]
    [InlineData("{ ... on String { greet } }", "Invalid fragment on type String (must be Union, Interface or Object)")]
    [InlineData("{ search(type: ISSUE, first: 1) { issueCount } }", "Field 'search' is missing required arguments: query")]
    [InlineData("{ greet(nmae: \"x\") }", "Field 'greet' doesn't accept argument 'nmae'")]
    [InlineData("{ greet(times: \"2\") }", "Argument 'times' on Field 'greet' has an invalid value (\"2\"). Expected type 'Int'.")]
    [InlineData("{ greet(times: 3000000000) }", "Argument 'times' on Field 'greet' has an invalid value (3000000000). Expected type 'Int'.")]
    [InlineData("{ search(query: \"x\", type: ISSUES, first: 1) { issueCount } }", "Argument 'type' on Field 'search' has an invalid value (ISSUES). Expected type 'SearchType!'.")]
    [InlineData("{ search(query: null, type: ISSUE, first: 1) { issueCount } }", "Argument 'query' on Field 'search' has an invalid value (null). Expected type 'String!'.")]
    [InlineData("{ greet(times: 1, times: 2) }", "There can be only one argument named \"times\"")]
    [InlineData("{ rateLimit }", "Field must have selections (field 'rateLimit' returns RateLimit but has no selections. Did you mean 'rateLimit { ... }'?)")]
    [InlineData("{ greet { length } }", "Selections can't be made on scalars (field 'greet' returns String but has selections [length])")]
    [InlineData("{ rateLimit { cost @deprecated } }", "Directive @deprecated is not defined")]
    [InlineData("{ rateLimit { cost @skip } }", "Directive 'skip' is missing required arguments: if")]
    [InlineData("query @skip(if: true) { greet }", "'@skip' can't be applied to queries (allowed: fields, fragment spreads, inline fragments)")]
    [InlineData("{ x: greet x: rateLimit { cost } }", "Field 'x' has a field conflict: greet or rateLimit?")]
    [InlineData("{ greet(times: 1) greet(times: 2) }", "Field 'greet' has an argument conflict: {times: 1} or {times: 2}?")]
    [InlineData("{ node(id: \"1\") { ... on PullRequest { x: number } ... on Issue { x: title } } }", "Field 'x' has a return_type conflict: `Int!` or `String!`?")]
    [InlineData("query($q: String) { greet }", "Variable $q is declared by anonymous query but not used")]
    [InlineData("query Q { greet(name: $who) }", "Variable $who is used by Q but not declared")]
    [InlineData("query($t: String) { greet(times: $t) }", "Type mismatch on variable $t and argument times (String / Int)")]
    [InlineData("query($q: String) { search(query: $q, type: ISSUE, first: 1) { issueCount } }", "Nullability mismatch on variable $q and argument query (String / String!)")]
    [InlineData("query($s: PullRequestState) { pullRequests(states: $s) { number } }", "List dimension mismatch on variable $s and argument states (PullRequestState / [PullRequestState!])")]
    [InlineData("query($r: RateLimit) { greet }", "RateLimit isn't a valid input type (on $r)")]
    [InlineData("query($r: Nope) { greet }", "Nope isn't a defined input type (on $r)")]
    [InlineData("query($t: Int = \"x\") { greet(times: $t) }", "Default value for $t doesn't match type Int")]
    [InlineData("query($a: Int, $a: Int) { greet(times: $a) }", "There can only be one variable named \"a\"")]
    [InlineData("{ greet } { rateLimit { cost } }", "This anonymous operation must be the only defined operation.")]
    [InlineData("query A { greet } query A { greet }", "Operation name \"A\" must be unique")]
    [InlineData("{ __schema { types { name } } }", "introspection is not supported")]
    [InlineData("{ __type(name: \"Query\") { name } }", "introspection is not supported")]
    public async Task ExecuteAsync_InvalidDocument_ReturnsValidationErrorWithoutData(string query, string expectedMessage)
    {
        var response = await ExecuteAsync(query);

        Assert.False(response.ContainsKey("data"), response.ToJsonString());
        var messages = response["errors"]!.AsArray().Select(Message);
        Assert.Contains(expectedMessage, messages);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownField_ReportsGitHubShape()
    {
        var response = await ExecuteAsync("query {\n  rateLimit {\n    cost\n    foo\n  }\n}");

        AssertJson(
            "{'errors':[{'message':'Field \\u0027foo\\u0027 doesn\\u0027t exist on type \\u0027RateLimit\\u0027','locations':[{'line':4,'column':5}],'path':['query','rateLimit','foo'],'extensions':{'code':'undefinedField'}}]}",
            response);
    }

    [Theory]
    [InlineData("{ greet", 1, 8, "Unexpected end of document at [1, 8]")]
    [InlineData("{ greet }}", 1, 10, "Parse error on \"}\" (RCURLY) at [1, 10]")]
    [InlineData("{\n  greet(name: \"x)\n}", 2, 15, "Unterminated string at [2, 15]")]
    [InlineData("query($q String) { greet }", 1, 10, "Parse error on \"String\" (IDENTIFIER) at [1, 10]")]
    [InlineData("{ greet(times: 01) }", 1, 17, "Invalid number, unexpected digit after 0: \"1\" at [1, 17]")]
    [InlineData("{ greet(times: 1.) }", 1, 18, "Invalid number, expected digit but got \")\" at [1, 18]")]
    [InlineData("{ greet(name: \"\\q\") }", 1, 16, "Invalid escape sequence \\q at [1, 16]")]
    [InlineData("{ greet ? }", 1, 9, "Unexpected character \"?\" at [1, 9]")]
    [InlineData("fragment on on Query { greet }", 1, 10, "Parse error on \"on\" (IDENTIFIER) at [1, 10]")]
    [InlineData("type Query { greet: String }", 1, 1, "Parse error on \"type\" (IDENTIFIER) at [1, 1]")]
    [InlineData("query($q: String = $other) { greet }", 1, 20, "Parse error on \"$\" (VAR_SIGN) at [1, 20]")]
    [InlineData("{}", 1, 2, "Parse error on \"}\" (RCURLY) at [1, 2]")]
    public async Task ExecuteAsync_SyntaxError_ReportsMessageLineAndColumn(string query, int line, int column, string expectedMessage)
    {
        var response = await ExecuteAsync(query);

        var error = SingleRequestError(response);
        Assert.Equal(expectedMessage, Message(error));
        AssertJson($"[{{'line':{line},'column':{column}}}]", error["locations"]);
    }

    [Theory]
    [InlineData("query($q: String!) { search(query: $q, type: ISSUE, first: 1) { issueCount } }", "{}", "Variable $q of type String! was provided invalid value", "Expected value to not be null")]
    [InlineData("query($q: String!) { search(query: $q, type: ISSUE, first: 1) { issueCount } }", "{\"q\": null}", "Variable $q of type String! was provided invalid value", "Expected value to not be null")]
    [InlineData("query($t: Int) { greet(times: $t) }", "{\"t\": \"2\"}", "Variable $t of type Int was provided invalid value", "Could not coerce value \"2\" to Int")]
    [InlineData("query($t: Int) { greet(times: $t) }", "{\"t\": 2.5}", "Variable $t of type Int was provided invalid value", "Could not coerce value 2.5 to Int")]
    [InlineData("query($s: [PullRequestState!]) { pullRequests(states: $s) { number } }", "{\"s\": [\"OPEN\", \"SHUT\"]}", "Variable $s of type [PullRequestState!] was provided invalid value", "Could not coerce value \"SHUT\" to PullRequestState")]
    [InlineData("query($s: [PullRequestState!]) { pullRequests(states: $s) { number } }", "{\"s\": [null]}", "Variable $s of type [PullRequestState!] was provided invalid value", "Expected value to not be null")]
    [InlineData("query($b: Boolean!) { echoBool(value: $b) }", "{\"b\": \"true\"}", "Variable $b of type Boolean! was provided invalid value", "Could not coerce value \"true\" to Boolean")]
    public async Task ExecuteAsync_BadVariableValue_ReportsProblem(string query, string variables, string expectedMessage, string expectedExplanation)
    {
        var response = await ExecuteAsync(query, variables);

        var error = SingleRequestError(response);
        Assert.Equal(expectedMessage, Message(error));
        Assert.Equal(expectedExplanation, error["extensions"]!["problems"]![0]!["explanation"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("mutation { addComment { id } }", null, "mutations are not supported")]
    [InlineData("subscription { events { id } }", null, "subscriptions are not supported")]
    [InlineData("query A { greet } mutation B { x }", "B", "mutations are not supported")]
    [InlineData("query A { greet } query B { greet }", null, "An operation name is required")]
    [InlineData("query A { greet }", "C", "No operation named \"C\"")]
    [InlineData("   ", null, "No query string was present")]
    public async Task ExecuteAsync_UnrunnableOperation_ReturnsRequestError(string query, string? operationName, string expectedMessage)
    {
        var response = await ExecuteAsync(query, operationName: operationName);

        Assert.Equal(expectedMessage, Message(SingleRequestError(response)));
    }

    [Fact]
    public async Task ExecuteAsync_QueryDeeperThanLimit_IsRejected()
    {
        var query = "{ node(id: \"PR_1\") { ...F } } fragment F on PullRequest { commits { nodes { commit { status { contexts { context } } } } } }";

        var response = await ExecuteAsync(query, options: new GraphQLExecutorOptions { MaxDepth = 4 });

        var error = SingleRequestError(response);
        Assert.Equal("Query has depth of 7, which exceeds max depth of 4", Message(error));
        AssertJson("['query','node','commits','nodes','commit','status']", error["path"]);
    }

    [Theory]
    [InlineData(14, null)]
    [InlineData(20, "Query has depth of 21, which exceeds max depth of 15")]
    [InlineData(60, "Query has depth of 61, which exceeds max depth of 15")]
    [InlineData(200, "Query has depth of more than 65, which exceeds max depth of 15")]
    public async Task ExecuteAsync_NestedRelays_AreLimitedToDefaultDepth(int relays, string? expectedMessage)
    {
        // Nesting through a fragment chain gets past the parser's own nesting limit.
        var query = "{ ...R0 } " + string.Concat(Enumerable.Range(0, relays).Select(i => $"fragment R{i} on Query {{ relay {{ ...R{i + 1} }} }} "))
            + $"fragment R{relays} on Query {{ greet }}";

        var response = await ExecuteAsync(query);

        Assert.Equal(expectedMessage, Message(response["errors"]?[0]));
    }

    [Fact]
    public async Task ExecuteAsync_ExponentialFragmentFanOut_IsRejectedBeforeExecution()
    {
        // F1 selects F2 under ten aliases, F2 selects F3 likewise...: a million fields once expanded.
        var text = "{ ...F1 } ";
        for (var i = 1; i <= 6; i++)
        {
            var body = i == 6 ? "greet" : string.Concat(Enumerable.Range(0, 10).Select(a => $"a{a}: relay {{ ...F{i + 1} }} "));
            text += $"fragment F{i} on Query {{ {body} }} ";
        }

        var response = await ExecuteAsync(text);

        Assert.Equal("Query selects more than 10000 fields once fragments are expanded", Message(SingleRequestError(response)));
    }
}
