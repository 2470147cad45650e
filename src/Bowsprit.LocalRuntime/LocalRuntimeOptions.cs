using Bowsprit.Storage;

namespace Bowsprit.LocalRuntime;

/// <summary>The <c>local_runtime</c> settings of embedded mode.</summary>
public sealed class LocalRuntimeOptions
{
    /// <summary>Each run gets <c>WorkspaceRoot/&lt;ProwJob name&gt;/</c>.</summary>
    public string WorkspaceRoot { get; set; } = "";

    /// <summary>Root of the <see cref="LocalArtifactStore"/> that receives build logs and artifacts.</summary>
    public string ArtifactsRoot { get; set; } = "";

    /// <summary>Runs beyond this many wait in Pending.</summary>
    public int MaxConcurrentRuns { get; set; } = Math.Max(1, Environment.ProcessorCount);

    public SandboxMode Sandbox { get; set; } = SandboxMode.Auto;

    /// <summary>Directories a sandboxed job must not see (Bowsprit's data dir, secrets); hidden under empty tmpfs.</summary>
    public IList<string> HiddenPaths { get; } = [];

    /// <summary>Where the artifact layout puts runs (Prow's <c>path_strategy</c>).</summary>
    public PathStrategyOptions PathStrategy { get; set; } = new(Storage.PathStrategy.Explicit);

    /// <summary>Overrides PATH lookup of bubblewrap; tests use it.</summary>
    public string? BwrapPath { get; set; }
}
