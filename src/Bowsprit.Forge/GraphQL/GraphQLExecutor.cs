using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Runs GraphQL requests against a schema and answers the way GitHub does: <c>{"data": ...}</c>
/// plus <c>"errors"</c> for field errors, or only <c>"errors"</c> when the request cannot run
/// (syntax, validation, variables, unsupported operation). Whatever the query text, failures come
/// back as errors; only cancellation of <c>cancellationToken</c> throws.
/// </summary>
public sealed class GraphQLExecutor(GraphQLSchema schema, GraphQLExecutorOptions? options = null)
{
    private readonly GraphQLExecutorOptions _options = options ?? new GraphQLExecutorOptions();

    public async Task<JsonObject> ExecuteAsync(GraphQLRequest request, object rootValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rootValue);
        try
        {
            return await ExecuteCoreAsync(request, rootValue, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ResultLimitExceededException e)
        {
            return ErrorJson.Response(ErrorJson.Create(e.Message, type: "RESOURCE_LIMITS_EXCEEDED"));
        }
#pragma warning disable CA1031 // The last line of defence: a server answers, it does not crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ErrorJson.Response(ErrorJson.Create($"Internal error: {e.Message}", type: "INTERNAL"));
        }
    }

    private async Task<JsonObject> ExecuteCoreAsync(GraphQLRequest request, object rootValue, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return ErrorJson.Response(ErrorJson.Create("No query string was present"));
        }

        if (request.Query.Length > _options.MaxQueryLength)
        {
            return ErrorJson.Response(ErrorJson.Create($"Query is too long: {request.Query.Length} characters, at most {_options.MaxQueryLength}"));
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parse(request.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            return ErrorJson.Response(ErrorJson.Create(e.Message, new SourceLocation(e.Line, e.Column)));
        }

        var errors = DocumentValidator.Validate(schema, document, _options);
        if (errors.Count > 0)
        {
            return ErrorJson.Response(errors);
        }

        var operation = SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ErrorJson.Response(ErrorJson.Create(selectionError!));
        }

        if (operation.Operation != OperationType.Query)
        {
            var kind = operation.Operation == OperationType.Mutation ? "mutations" : "subscriptions";
            return ErrorJson.Response(ErrorJson.Create($"{kind} are not supported", operation.Location));
        }

        var variables = VariableCoercion.Coerce(schema, operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            return ErrorJson.Response(errors);
        }

        var fragments = document.Fragments.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var executor = new OperationExecutor(schema, fragments, variables, _options, cancellationToken);
        var data = await executor.ExecuteAsync(operation, rootValue);
        var response = new JsonObject { ["data"] = data };
        if (executor.Errors.Count > 0)
        {
            response["errors"] = new JsonArray([.. executor.Errors]);
        }

        return response;
    }

    /// <summary>GetOperation (spec §6.1): by name, or the only one.</summary>
    private static OperationDefinition? SelectOperation(GraphQLDocument document, string? name, out string? error)
    {
        error = null;
        if (!string.IsNullOrEmpty(name))
        {
            var named = document.Operations.FirstOrDefault(o => o.Name == name);
            error = named is null ? $"No operation named \"{name}\"" : null;
            return named;
        }

        if (document.Operations.Count == 1)
        {
            return document.Operations[0];
        }

        error = document.Operations.Count == 0 ? "Document contains no operations" : "An operation name is required";
        return null;
    }
}
