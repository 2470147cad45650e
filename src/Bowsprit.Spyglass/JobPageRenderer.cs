using System.Text;
using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Spyglass.Lenses;
using Bowsprit.Spyglass.Pages;
using Bowsprit.Storage;

namespace Bowsprit.Spyglass;

/// <summary>Builds a run's page: header, then each selected lens in order, then the artifact listing.</summary>
internal sealed class JobPageRenderer(
    SpyglassOptions options,
    JobResolver resolver,
    MetadataLens metadata,
    BuildLogLens buildLog)
{
    public const string StylesheetUrl = "/spyglass/static/spyglass.css";
    public const string ScriptUrl = "/spyglass/static/spyglass.js";
    private const string BuildLogFileName = "build-log.txt";

    /// <summary>Null when the run has neither artifacts nor a ProwJob.</summary>
    public async Task<SpyglassPage?> RenderAsync(JobLocation job, CancellationToken ct)
    {
        var artifacts = (await job.Store.ListAsync(job.Directory, recursive: true, ct).ConfigureAwait(false))
            .Where(static e => !e.IsDirectory).ToList();
        var prowJob = await resolver.FindProwJobAsync(job, ct).ConfigureAwait(false);
        if (artifacts.Count == 0 && prowJob is null)
        {
            return null;
        }

        var started = await ReadAsync(job, Started.FileName, ArtifactMetadataJson.ReadStarted, ct).ConfigureAwait(false);
        var finished = await ReadAsync(job, Finished.FileName, ArtifactMetadataJson.ReadFinished, ct).ConfigureAwait(false);
        var isFinished = finished is not null || (prowJob is not null && (prowJob.IsComplete || prowJob.Status.State.IsComplete()));
        var config = options.Config();
        var page = new JobPageContext(job, prowJob, started, finished, isFinished, config, artifacts);

        var prefix = job.Directory.Length + 1;
        var files = artifacts.Select(a => a.Key[prefix..]).ToList();
        var lenses = LensSelector.Select(config?.Lenses, files).ToList();
        if (!isFinished && !lenses.Any(static l => l.Name == "buildlog"))
        {
            // A run that just started has no build-log.txt yet; show the viewer anyway so it starts following as soon as the log appears.
            var afterMetadata = lenses.FindIndex(static l => l.Name == "metadata") + 1;
            lenses.Insert(afterMetadata, new LensMatch("buildlog", LensSelector.BuildLogConfig(config?.Lenses), [BuildLogFileName]));
        }

        var html = new StringBuilder(16 * 1024);
        html.Append("<header class=\"sg-head\"><h1>").AppendEncoded(job.JobName).Append(" <span class=\"sg-build\">#").AppendEncoded(job.BuildId).Append("</span></h1>")
            .Append("<p class=\"sg-loc\"><code>").AppendEncoded($"{job.Provider}://{job.Bucket}/{job.Directory}").Append("</code> ")
            .Append("<span class=\"sg-result sg-result-").AppendEncoded(page.Result.ToLowerInvariant()).Append("\">").AppendEncoded(page.Result).Append("</span></p>");
        if (config?.Announcement is { Length: > 0 } announcement)
        {
            html.Append("<p class=\"sg-announcement\">").AppendEncoded(announcement).Append("</p>");
        }

        html.Append("<nav class=\"sg-lens-nav\" aria-label=\"Lenses\"><ul>");
        foreach (var lens in lenses)
        {
            html.Append("<li><a href=\"#lens-").AppendEncoded(lens.Name).Append("\">").AppendEncoded(Title(lens.Name)).Append("</a></li>");
        }

        html.Append("<li><a href=\"#artifacts\">Artifacts</a></li></ul></nav></header>");

        foreach (var lens in lenses)
        {
            html.Append("<section class=\"sg-lens\" id=\"lens-").AppendEncoded(lens.Name).Append("\" aria-labelledby=\"lens-").AppendEncoded(lens.Name).Append("-title\">")
                .Append("<h2 id=\"lens-").AppendEncoded(lens.Name).Append("-title\">").AppendEncoded(Title(lens.Name)).Append("</h2>");
            switch (lens.Name)
            {
                case "metadata":
                    metadata.Render(html, page);
                    break;
                case "buildlog":
                    await buildLog.RenderAsync(html, lens, page, ct).ConfigureAwait(false);
                    break;
                case "junit":
                    await JUnitLens.RenderAsync(html, lens, page, ct).ConfigureAwait(false);
                    break;
                case "links":
                    await LinksLens.RenderAsync(html, lens, page, ct).ConfigureAwait(false);
                    break;
                default:
                    // Prow's html, markdown, coverage and podinfo lenses are not built yet; say so instead of hiding it.
                    html.Append("<p>This lens is not available in Bowsprit yet. Files: ");
                    foreach (var file in lens.Files)
                    {
                        html.Append("<a href=\"").AppendEncoded(page.RawUrl(file)).Append("\">").AppendEncoded(file).Append("</a> ");
                    }

                    html.Append("</p>");
                    break;
            }

            html.Append("</section>");
        }

        html.Append("<section class=\"sg-lens\" id=\"artifacts\" aria-labelledby=\"artifacts-title\"><h2 id=\"artifacts-title\">Artifacts</h2>");
        ArtifactsSection.Render(html, page);
        html.Append("</section>");
        return new SpyglassPage($"{job.JobName} #{job.BuildId}", html.ToString(), [StylesheetUrl], [ScriptUrl]);
    }

    private static string Title(string lens) => lens switch
    {
        "metadata" => "Metadata",
        "buildlog" => "Build log",
        "junit" => "JUnit",
        "links" => "Links",
        _ => lens,
    };

    private static async Task<T?> ReadAsync<T>(JobLocation job, string file, Func<ReadOnlySpan<byte>, T> parse, CancellationToken ct)
        where T : class
    {
        var bytes = await JobResolver.ReadSmallAsync(job.Store, job.Key(file), ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
