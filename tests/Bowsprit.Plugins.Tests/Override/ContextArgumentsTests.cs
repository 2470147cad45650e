using Bowsprit.Plugins.Override;

namespace Bowsprit.Plugins.Tests.Override;

public sealed class ContextArgumentsTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { " pull-unit", ["pull-unit"] },
        { " a  b\tc", ["a", "b", "c"] },
        { " \"test / Unit Tests\" other", ["test / Unit Tests", "other"] },
        { " a a", ["a"] },
        { " \"unterminated quote", ["unterminated quote"] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Parse_Arguments_KeepsQuotedContextsWhole(string text, string[] expected) =>
        Assert.Equal(expected, ContextArguments.Parse(text));
}
