namespace Bowsprit.Server;

/// <summary>Where embedded mode keeps things under the data directory; components that share a place ask here.</summary>
internal static class EmbeddedPaths
{
    /// <summary>The local artifact bucket: the runtime writes runs' files, crier writes prowjob.json, spyglass reads.</summary>
    public static string Artifacts(ServeOptions options) => Path.GetFullPath(Path.Combine(options.DataDir, "artifacts"));
}
