namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>What the forge answered to one probe: the status and, for JSON errors, GitHub's <c>message</c>.</summary>
public sealed record ProbeAnswer(string Request, int Status, string? Message, string Body)
{
    public override string ToString() => $"{Request} -> {Status} {(Body.Length > 300 ? Body[..300] + "…" : Body)}";
}
