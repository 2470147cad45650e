namespace Bowsprit.Spyglass.JUnit;

internal enum JUnitOutcome
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>One <c>testcase</c>: failures and errors both count as failed; their text and the case's output are kept.</summary>
internal sealed record JUnitCase(
    string Suite,
    string ClassName,
    string Name,
    double? Seconds,
    JUnitOutcome Outcome,
    string? Message,
    string? Output)
{
    public string FullName => ClassName.Length == 0 || Name.StartsWith(ClassName, StringComparison.Ordinal) ? Name : $"{ClassName}.{Name}";
}
