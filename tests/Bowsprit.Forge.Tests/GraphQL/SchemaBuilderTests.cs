using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

public sealed class SchemaBuilderTests
{
    private sealed record Thing(string Name);

    private sealed record Other(int Id);

    [Theory]
    [InlineData("unknownType", "Field 'Query.thing' returns unknown type 'Missing'.")]
    [InlineData("unionOfScalar", "Union 'U' member 'String' is not a declared object type.")]
    [InlineData("interfaceNotImplemented", "Type 'Thing' must declare field 'id' of interface 'Node'.")]
    [InlineData("interfaceWrongType", "Field 'Thing.name' returns 'Int', which does not implement 'Named.name: String!'.")]
    [InlineData("objectArgument", "Argument 'Query.thing(filter:)' has type 'Thing', which is not a declared scalar or enum.")]
    [InlineData("badDefault", "Argument 'Query.thing(first:)' has a default value that is not a Int.")]
    [InlineData("noQuery", "Query type 'Query' is not a declared object type.")]
    [InlineData("sameClrTypeInUnion", "Types Thing and Thing2 of 'U' are both bound to CLR type 'Thing', so its values cannot be told apart.")]
    [InlineData("duplicateType", "Type 'Thing' is declared twice.")]
    public void Build_InvalidSchema_ThrowsListingTheProblem(string scenario, string expectedProblem)
    {
        var builder = new GraphQLSchemaBuilder();
        if (scenario != "noQuery")
        {
            builder.Object<object>("Query", t => t.Field(
                "thing",
                _ => null,
                scenario == "unknownType" ? "Missing" : "Thing",
                scenario switch
                {
                    "objectArgument" => "filter: Thing",
                    "badDefault" => "first: Int = \"ten\"",
                    _ => null,
                }));
        }

        builder.Object<Thing>("Thing", t =>
        {
            t.Field("name", x => scenario == "interfaceWrongType" ? 1 : x.Name, scenario == "interfaceWrongType" ? "Int" : "String!");
            if (scenario == "interfaceNotImplemented")
            {
                t.Implements("Node");
            }

            if (scenario == "interfaceWrongType")
            {
                t.Implements("Named");
            }
        });
        builder.Interface("Node", t => t.Field("id", "ID!")).Interface("Named", t => t.Field("name", "String!"));
        if (scenario == "unionOfScalar")
        {
            builder.Union("U", "Thing", "String");
        }

        if (scenario == "sameClrTypeInUnion")
        {
            builder.Object<Thing>("Thing2", t => t.Field("name", x => x.Name, "String")).Union("U", "Thing", "Thing2");
        }

        if (scenario == "duplicateType")
        {
            builder.Object<Other>("Thing", t => t.Field("id", x => x.Id, "Int"));
        }

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains(expectedProblem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Int!!")]
    [InlineData("[String")]
    [InlineData("")]
    public void Field_BadTypeSyntax_ThrowsAtDeclaration(string returns)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GraphQLSchemaBuilder().Object<Thing>("Thing", t => t.Field("name", x => x.Name, returns)));

        Assert.StartsWith("Field 'Thing.name' has an invalid return type", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("__secret")]
    [InlineData("1st")]
    [InlineData("has-dash")]
    public void Field_InvalidName_ThrowsAtDeclaration(string name)
    {
        Assert.Throws<ArgumentException>(() =>
            new GraphQLSchemaBuilder().Object<Thing>("Thing", t => t.Field(name, x => x.Name, "String")));
    }

    [Fact]
    public async Task Build_CustomScalarSerializerAndQueryTypeName_AreUsed()
    {
        var schema = new GraphQLSchemaBuilder()
            .QueryType("Root")
            .Object<Thing>("Root", t => t.Field("when", _ => new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), "Epoch!"))
            .Scalar("Epoch", v => System.Text.Json.Nodes.JsonValue.Create(new DateTimeOffset((DateTime)v).ToUnixTimeSeconds()))
            .Build();

        var response = await new GraphQLExecutor(schema).ExecuteAsync(
            new GraphQLRequest("{ when __typename }"), new Thing("x"), TestContext.Current.CancellationToken);

        GraphQLTestHost.AssertJson("{'data':{'when':1704164645,'__typename':'Root'}}", response);
    }
}
