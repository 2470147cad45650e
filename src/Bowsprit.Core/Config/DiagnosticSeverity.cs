namespace Bowsprit.Core.Config;

/// <summary>Warnings become errors under <c>--strict</c>.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
