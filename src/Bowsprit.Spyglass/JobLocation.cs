using Bowsprit.Storage;

namespace Bowsprit.Spyglass;

/// <summary>One run's artifacts: the bucket as it appears in URLs, its store and the run directory inside it.</summary>
internal sealed record JobLocation(string Provider, string Bucket, IArtifactStore Store, string Directory)
{
    /// <summary>Prow's layouts all end in <c>.../JOB/BUILD</c>.</summary>
    public string JobName => Segment(2);

    public string BuildId => Segment(1);

    /// <summary>The URL path suffix <c>PROVIDER/BUCKET/DIR</c> shared by the page and its API routes.</summary>
    public string UrlPath => $"{Uri.EscapeDataString(Provider)}/{Uri.EscapeDataString(Bucket)}/{Html.PathEscape(Directory)}";

    public string Key(string relative) => Directory + "/" + relative;

    private string Segment(int fromEnd)
    {
        var parts = Directory.Split('/');
        return parts.Length >= fromEnd ? parts[^fromEnd] : "";
    }
}
