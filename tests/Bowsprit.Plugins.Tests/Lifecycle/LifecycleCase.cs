namespace Bowsprit.Plugins.Tests.Lifecycle;

/// <summary>
/// The issue or PR is authored by bob; <paramref name="EveCollaborates"/> makes the outsider eve a collaborator.
/// <paramref name="Reply"/> is the message of the bot's single reply; null means no reply.
/// </summary>
public sealed record LifecycleCase(string Name, string User, string Body, string[] Initial, string[] Expect, string ExpectState,
    string? Reply = null, bool OnPull = false, bool Closed = false, bool EveCollaborates = false)
{
    public override string ToString() => Name;
}
