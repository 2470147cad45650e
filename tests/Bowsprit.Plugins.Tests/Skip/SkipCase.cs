namespace Bowsprit.Plugins.Tests.Skip;

/// <summary>
/// One presubmit <c>the-job</c> configured with <paramref name="Job"/> (YAML lines), whose context is in state
/// <paramref name="State"/> on a PR changing <paramref name="ChangedPath"/>; <paramref name="Skipped"/> says whether
/// <c>/skip</c> turns it into a successful "Skipped".
/// </summary>
public sealed record SkipCase(string Name, string[] Job, string State, bool Skipped, string ChangedPath = "a.txt", string Body = "/skip")
{
    public override string ToString() => Name;
}
