using Bowsprit.Forge.GraphQL;
using static Bowsprit.Forge.Tests.GraphQL.GraphQLTestHost;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class FieldErrorTests
{
    [Fact]
    public async Task ExecuteAsync_ResolverThrows_NullsFieldAndReportsPathAndLocation()
    {
        var response = await ExecuteAsync("{ greet\n  boom }");

        AssertJson(
            "{'data':{'greet':'hello world','boom':null},'errors':[{'message':'kaboom','locations':[{'line':2,'column':3}],'path':['boom']}]}",
            response);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrowsGraphQLFieldException_ReportsGitHubType()
    {
        var response = await ExecuteAsync("{ notFound }");

        AssertJson(
            "{'data':{'notFound':null},'errors':[{'message':'Could not resolve to a Repository with the name \\u0027x/y\\u0027.','locations':[{'line':1,'column':3}],'path':['notFound'],'type':'NOT_FOUND'}]}",
            response);
    }

    [Fact]
    public async Task ExecuteAsync_NullInNonNullRootField_NullsAllData()
    {
        var response = await ExecuteAsync("{ greet required }");

        AssertJson(
            "{'data':null,'errors':[{'message':'Cannot return null for non-nullable field Query.required','locations':[{'line':1,'column':9}],'path':['required']}]}",
            response);
    }

    [Fact]
    public async Task ExecuteAsync_NullInNonNullNestedField_BubblesToNullableListItem()
    {
        // mergeCommitTitle is String! but null; the PullRequest object is not nullable inside the
        // union ([SearchResultItem] items are nullable), so each item becomes null.
        var response = await ExecuteAsync("""{ search(query: "is:pr", type: ISSUE, first: 2) { nodes { ... on PullRequest { number mergeCommitTitle } } issueCount } }""");

        AssertJson("{'nodes':[null,null],'issueCount':40}", response["data"]!["search"]);
        var errors = response["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        AssertJson("['search','nodes',1,'mergeCommitTitle']", errors[1]!["path"]);
        Assert.Equal("Cannot return null for non-nullable field PullRequest.mergeCommitTitle", Message(errors[1]));
    }

    [Fact]
    public async Task ExecuteAsync_NullThroughChainOfNonNullFields_BubblesToNearestNullableParent()
    {
        // search returns a non-null connection, so its resolver's error nulls the whole of data,
        // the rateLimit that resolved fine included.
        var response = await ExecuteAsync("""{ rateLimit { cost } search(query: "", type: ISSUE, first: 101) { issueCount } }""");

        AssertJson("null", response["data"]);
        Assert.Equal(
            "Requesting 101 records on the `search` connection exceeds the `first` limit of 100 records.",
            Message(response["errors"]![0]));
    }

    [Fact]
    public async Task ExecuteAsync_NullElementInNonNullItemList_NullsTheList()
    {
        var response = await ExecuteAsync("""{ node(id: "PR_4") { ... on PullRequest { number scores } } }""");

        AssertJson("{'node':{'number':4,'scores':null}}", response["data"]);
        var error = response["errors"]![0]!;
        Assert.Equal("Cannot return null for non-nullable element of PullRequest.scores", Message(error));
        AssertJson("['node','scores',1]", error["path"]);
    }

    [Fact]
    public async Task ExecuteAsync_MissingFirstOnSearch_ReturnsGitHubPaginationError()
    {
        var response = await ExecuteAsync("""{ search(query: "is:pr", type: ISSUE) { issueCount } }""");

        AssertJson("null", response["data"]);
        Assert.Equal("You must provide a `first` or `last` value to properly paginate the `search` connection.", Message(response["errors"]![0]));
        AssertJson("['search']", response["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task ExecuteAsync_ResultNodeLimitExceeded_ReturnsResourceError()
    {
        var options = new GraphQLExecutorOptions { MaxResultNodes = 100 };

        var response = await ExecuteAsync(TideQueryTests.TideQuery, """{"query": "is:pr"}""", options: options);

        var error = SingleRequestError(response);
        Assert.Equal("RESOURCE_LIMITS_EXCEEDED", error["type"]!.GetValue<string>());
        Assert.StartsWith("Response would contain more than 100 values", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var executor = new GraphQLExecutor(DemoSchema.Schema);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => executor.ExecuteAsync(new GraphQLRequest("{ slow }"), DemoSchema.CreateRoot(), cts.Token));
    }

    [Theory]
    [InlineData("badInt", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("badEnum", "Enum 'MergeableState' cannot represent value: \"NOPE\"")]
    [InlineData("badString", "String cannot represent value: Object")]
    [InlineData("notAList", "Field Query.notAList returned a Int32 where a list was expected")]
    [InlineData("unboundNode { id }", "No object type of Node is bound to CLR type String")]
    [InlineData("forgotAsync", "Resolver of Query.forgotAsync returned a Task; declare it with FieldAsync")]
    public async Task ExecuteAsync_ValueCannotBeCompleted_BecomesFieldError(string selection, string expectedMessage)
    {
        var response = await ExecuteAsync($"{{ greet {selection} }}");

        var key = selection.Split(' ')[0];
        Assert.Equal("hello world", response["data"]!["greet"]!.GetValue<string>());
        Assert.True(response["data"]!.AsObject().ContainsKey(key));
        Assert.Null(response["data"]![key]);
        Assert.Equal(expectedMessage, Message(response["errors"]![0]));
        AssertJson($"['{key}']", response["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task ExecuteAsync_EnumStringInOtherSpelling_IsNormalized()
    {
        var response = await ExecuteAsync("{ lowerEnum }");

        AssertJson("{'data':{'lowerEnum':'CHANGES_REQUESTED'}}", response);
    }
}
