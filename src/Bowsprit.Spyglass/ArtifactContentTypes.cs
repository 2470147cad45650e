namespace Bowsprit.Spyglass;

/// <summary>
/// Content types for raw artifacts. Text formats get UTF-8; anything unknown is a download. HTML is served as
/// HTML but under a sandboxing Content-Security-Policy (set by the endpoint), because artifacts are job output.
/// </summary>
internal static class ArtifactContentTypes
{
    public static string For(string key)
    {
        var name = Path.GetFileName(key).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            return "application/gzip";
        }

        return Path.GetExtension(name) switch
        {
            ".txt" or ".log" or ".out" or ".err" or ".md" or ".yaml" or ".yml" or ".sh" or ".go" or ".py" or ".cs" => "text/plain; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".xml" => "application/xml; charset=utf-8",
            ".html" or ".htm" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".gif" => "image/gif",
            ".pdf" => "application/pdf",
            ".tar" => "application/x-tar",
            ".zip" => "application/zip",
            _ => "application/octet-stream",
        };
    }
}
