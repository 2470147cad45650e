namespace Bowsprit.Core.Config.Yaml;

/// <summary>Where a bind happens: the file, the job (if any) and the sink for diagnostics.</summary>
internal sealed record BindScope(string File, string? Job, ConfigDiagnostics Diagnostics)
{
    public SourceLocation At(YNode node) => new(File, node.Line);

    public void Error(YNode node, string path, string message) =>
        Diagnostics.Error(At(node), Job, path.Length == 0 ? null : path, message);

    public void Unknown(YScalar key, string path) =>
        Diagnostics.Warning(At(key), Job, path, "unknown field (not part of Prow's configuration schema; a typo?)");
}
