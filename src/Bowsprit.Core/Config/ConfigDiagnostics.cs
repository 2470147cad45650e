namespace Bowsprit.Core.Config;

/// <summary>Collects diagnostics during one load; thread-safe because job files are parsed in parallel.</summary>
public sealed class ConfigDiagnostics
{
    private readonly List<ConfigDiagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<ConfigDiagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(static d => d.IsError);
            }
        }
    }

    public void Add(ConfigDiagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(SourceLocation location, string? job, string? field, string message) =>
        Add(new ConfigDiagnostic(DiagnosticSeverity.Error, location, job, field, message));

    public void Warning(SourceLocation location, string? job, string? field, string message) =>
        Add(new ConfigDiagnostic(DiagnosticSeverity.Warning, location, job, field, message));
}
