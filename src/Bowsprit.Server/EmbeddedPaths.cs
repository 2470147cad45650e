namespace Bowsprit.Server;

/// <summary>Where embedded mode keeps things under the data directory; components that share a place ask here.</summary>
internal static class EmbeddedPaths
{
    /// <summary>The local artifact bucket: the runtime writes runs' files, crier writes prowjob.json, spyglass reads.</summary>
    /// <summary>The bucket name of the local store in job URLs: <c>gcs_configuration.bucket: local://artifacts</c>.</summary>
    public const string LocalBucketName = "artifacts";

    public static string Artifacts(ServeOptions options) => Path.GetFullPath(Path.Combine(options.DataDir, "artifacts"));
}
