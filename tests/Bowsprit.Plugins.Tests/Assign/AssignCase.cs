namespace Bowsprit.Plugins.Tests.Assign;

/// <summary>The issue or PR is bob's. <paramref name="Reply"/> is a fragment of the bot's single reply; null means no reply.</summary>
public sealed record AssignCase(string Name, string User, string Body, string[] Expect, string[]? ExpectReviewers = null, string? Reply = null,
    bool OnPull = false, string[]? Initial = null, string[]? InitialReviewers = null)
{
    public override string ToString() => Name;
}
