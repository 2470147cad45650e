namespace Bowsprit.Forge.State;

/// <summary>An event to announce: the payload is serialized when the change happens, so it is a true snapshot.</summary>
public sealed record PendingWebhook(string Event, string? Action, string? RepoFullName, string? Org, long? RepositoryId, byte[] Payload);
