using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class ResolverArgumentsTests
{
    private enum ReviewDecision
    {
        Approved,
        ChangesRequested,
    }

    private static readonly ResolverArguments Arguments = new(new Dictionary<string, object?>
    {
        ["query"] = "is:pr",
        ["first"] = 37,
        ["draft"] = true,
        ["ratio"] = 0.5,
        ["decision"] = "CHANGES_REQUESTED",
        ["decisions"] = new List<object?> { "APPROVED", "CHANGES_REQUESTED" },
        ["labels"] = new List<object?> { "lgtm", null },
        ["explicitNull"] = null,
    });

    [Fact]
    public void Getters_TypedValues_Convert()
    {
        Assert.Equal("is:pr", Arguments.GetString("query"));
        Assert.Equal(37, Arguments.GetInt("first"));
        Assert.Equal(37L, Arguments.Get<long>("first"));
        Assert.True(Arguments.GetBool("draft"));
        Assert.Equal(0.5, Arguments.GetFloat("ratio"));
        Assert.Equal(ReviewDecision.ChangesRequested, Arguments.Get<ReviewDecision>("decision"));
        Assert.Equal([ReviewDecision.Approved, ReviewDecision.ChangesRequested], Arguments.Get<ReviewDecision[]>("decisions"));
        Assert.Equal(["lgtm", null], Arguments.Get<IReadOnlyList<string?>>("labels")!);
    }

    [Fact]
    public void Getters_AbsentOrNull_GiveDefaultAndHasTellsThemApart()
    {
        Assert.Null(Arguments.GetInt("missing"));
        Assert.Null(Arguments.GetString("explicitNull"));
        Assert.False(Arguments.Has("missing"));
        Assert.True(Arguments.Has("explicitNull"));
    }

    [Fact]
    public void Get_IncompatibleType_ThrowsInvalidCastNamingArgument()
    {
        var error = Assert.Throws<InvalidCastException>(() => Arguments.Get<ReviewDecision>("query"));

        Assert.StartsWith("Argument 'query'", error.Message, StringComparison.Ordinal);
    }
}
