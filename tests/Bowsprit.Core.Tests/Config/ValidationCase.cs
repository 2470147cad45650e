using Bowsprit.Core.Config;

namespace Bowsprit.Core.Tests.Config;

/// <summary>A job file that breaks one rule, and the diagnostic that must name it.</summary>
public sealed record ValidationCase(
    string Name,
    string JobYaml,
    string Field,
    string Message,
    int Line = 0,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error,
    string? ConfigYaml = null)
{
    public override string ToString() => Name;
}
