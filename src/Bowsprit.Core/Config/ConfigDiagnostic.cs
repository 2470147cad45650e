using System.Text;

namespace Bowsprit.Core.Config;

/// <summary>
/// One problem found while loading or validating config. It always names the file, and the line, job and field
/// when known, so a person can jump straight to it.
/// </summary>
public sealed record ConfigDiagnostic(
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string? Job,
    string? Field,
    string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Location.ToString());
        sb.Append(": ").Append(Severity == DiagnosticSeverity.Error ? "error" : "warning");
        if (Job is not null)
        {
            sb.Append(": job ").Append(Job);
        }

        if (Field is not null)
        {
            sb.Append(": field ").Append(Field);
        }

        sb.Append(": ").Append(Message);
        return sb.ToString();
    }
}
