using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class GraphQLParserTests
{
    [Fact]
    public void Parse_FullGrammar_BuildsDocument()
    {
        const string text = """
            query Q($q: String! = "x", $ids: [ID!], $o: Int = 1) @skip(if: false) {
              alias: search(query: $q, type: ISSUE, first: -5, f: 1.5e3, o: {a: [1, {b: null}]}, t: true) {
                ...F @include(if: $b)
                ... on PullRequest { number }
                ... @skip(if: false) { __typename }
              }
            }
            fragment F on SearchResultItemConnection { issueCount }
            mutation M { x }
            """;

        var document = GraphQLParser.Parse(text);

        var query = document.Operations[0];
        Assert.Equal(("Q", OperationType.Query), (query.Name, query.Operation));
        Assert.Equal(["q: String!", "ids: [ID!]", "o: Int"], query.Variables.Select(v => $"{v.Name}: {v.Type}"));
        var field = Assert.IsType<FieldNode>(query.SelectionSet.Selections[0]);
        Assert.Equal(("alias", "search", "alias"), (field.Alias, field.Name, field.ResponseKey));
        Assert.Equal(
            "{f: 1.5e3, first: -5, o: {a: [1, {b: null}]}, query: $q, t: true, type: ISSUE}",
            ValuePrinter.Print(field.Arguments));
        var selections = field.SelectionSet!.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name);
        Assert.Equal("PullRequest", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Equal(new SourceLocation(4, 5), selections[1].Location);
        Assert.Equal("SearchResultItemConnection", document.Fragments[0].TypeCondition);
        Assert.Equal(OperationType.Mutation, document.Operations[1].Operation);
    }

    [Theory]
    [InlineData("\"\\u00e9\\u{1F600}\\uD83D\\uDE00\\t\\\"\\/\"", "é😀😀\t\"/")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first line kept \n   x\"\"\"", "  first line kept \nx")]
    [InlineData("\"\"\"raw \\n \\u0041 \\\"\"\" \"\"\"", "raw \\n \\u0041 \"\"\" ")]
    [InlineData("\"\"\"\r\n  a\r\n  b\r\n\"\"\"", "a\nb")]
    public void Parse_StringLiterals_DecodeEscapesAndBlockIndentation(string literal, string expected)
    {
        var document = GraphQLParser.Parse($"{{ f(s: {literal}) }}");

        var field = (FieldNode)document.Operations[0].SelectionSet.Selections[0];
        Assert.Equal(expected, Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value);
    }

    [Theory]
    [InlineData("0", typeof(IntValueNode))]
    [InlineData("-0", typeof(IntValueNode))]
    [InlineData("123456789012345678901234567890", typeof(IntValueNode))]
    [InlineData("1.0", typeof(FloatValueNode))]
    [InlineData("-1e10", typeof(FloatValueNode))]
    [InlineData("6.02E+23", typeof(FloatValueNode))]
    [InlineData("FOO", typeof(EnumValueNode))]
    [InlineData("null", typeof(NullValueNode))]
    [InlineData("[]", typeof(ListValueNode))]
    [InlineData("{}", typeof(ObjectValueNode))]
    public void Parse_ValueLiterals_ProduceMatchingNodes(string literal, Type expected)
    {
        var document = GraphQLParser.Parse($"{{ f(v: {literal}) }}");

        var field = (FieldNode)document.Operations[0].SelectionSet.Selections[0];
        Assert.IsType(expected, field.Arguments[0].Value);
    }

    [Theory]
    [InlineData("{ f(s: \"\\uD800\") }", "Invalid Unicode escape sequence at [1, 9]")]
    [InlineData("{ f(s: \"\\u{110000}\") }", "Invalid Unicode escape sequence at [1, 9]")]
    [InlineData("{ f(s: \"\"\"never closed) }", "Unterminated string at [1, 8]")]
    [InlineData("{ f(v: 1e) }", "Invalid number, expected digit but got \")\" at [1, 10]")]
    [InlineData("{ f(v: 12abc) }", "Invalid number, expected digit but got \"a\" at [1, 10]")]
    [InlineData("{ f(v: ..) }", "Unexpected character \".\"; did you mean \"...\"? at [1, 8]")]
    [InlineData("{ f() }", "Parse error on \")\" (RPAREN) at [1, 5]")]
    [InlineData("query() { f }", "Parse error on \")\" (RPAREN) at [1, 7]")]
    public void Parse_Malformed_ThrowsSyntaxException(string text, string expectedMessage)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLParser.Parse(text));

        Assert.Equal(expectedMessage, error.Message);
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("[Label!]!", "[Label!]!")]
    [InlineData("  [ [Int] ! ]  ", "[[Int]!]")]
    public void ParseType_TypeReferences_RoundTrip(string text, string expected)
    {
        Assert.Equal(expected, GraphQLParser.ParseType(text).ToString());
    }
}
