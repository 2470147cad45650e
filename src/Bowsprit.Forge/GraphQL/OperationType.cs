namespace Bowsprit.Forge.GraphQL;

internal enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
