namespace Bowsprit.Plugins.Tests.Label;

/// <summary><paramref name="Reply"/> is a fragment the bot's single reply must contain; null means no reply.</summary>
public sealed record LabelCase(string Name, string User, string Body, string[] Initial, string[] Expect, string? Reply = null, string[]? Assignees = null)
{
    public override string ToString() => Name;
}
