namespace Bowsprit.Forge.GraphQL;

/// <summary>Aborts an execution whose response grew past <see cref="GraphQLExecutorOptions.MaxResultNodes"/>.</summary>
internal sealed class ResultLimitExceededException(int limit)
    : Exception($"Response would contain more than {limit} values; request fewer items or fields")
{
}
