using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>State shared by the validation passes: the schema, the document's fragments, and the errors so far.</summary>
internal sealed class ValidationContext
{
    public ValidationContext(GraphQLSchema schema, GraphQLDocument document, GraphQLExecutorOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        Fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Fragments)
        {
            if (!Fragments.TryAdd(fragment.Name, fragment))
            {
                Report($"Fragment name \"{fragment.Name}\" must be unique", "fragmentNamesAreUnique", fragment.Location, null);
            }
        }
    }

    public GraphQLSchema Schema { get; }

    public GraphQLDocument Document { get; }

    public GraphQLExecutorOptions Options { get; }

    public Dictionary<string, FragmentDefinition> Fragments { get; }

    public List<JsonObject> Errors { get; } = [];

    /// <summary>
    /// Records a validation error as graphql-ruby (and so GitHub) shapes it: the document path
    /// (e.g. <c>["query", "search", "foo"]</c>) and a machine-readable code in extensions.
    /// </summary>
    public void Report(string message, string code, SourceLocation location, IEnumerable<string>? path)
    {
        var documentPath = path is null ? null : new JsonArray([.. path.Select(p => (JsonNode)JsonValue.Create(p))]);
        Errors.Add(ErrorJson.Create(message, location, documentPath, extensions: new JsonObject { ["code"] = code }));
    }
}
