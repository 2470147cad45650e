using System.Globalization;
using Bowsprit.Core.ProwJobs;
using Bowsprit.PodUtils.Entrypoint;
using Bowsprit.PodUtils.Initupload;
using Bowsprit.PodUtils.Upload;
using Bowsprit.Storage;

namespace Bowsprit.PodUtils.Sidecar;

/// <summary>
/// Prow's sidecar: waits until every container's entrypoint wrote its marker, then uploads the build logs, the
/// artifact items and <c>finished.json</c> (passed when every code is 0; ABORTED when any was interrupted).
/// Interrupted before the markers appear (unless told to ignore that), it uploads what exists as aborted.
/// </summary>
public sealed class SidecarRunner(SidecarOptions options, TimeProvider timeProvider, TextWriter? log = null)
{
    private static readonly TimeSpan MarkerPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The codes the entries' markers recorded, in entry order; waits for all of them.</summary>
    public async Task<IReadOnlyList<int>> WaitForMarkersAsync(CancellationToken cancellationToken)
    {
        var codes = new int[options.Entries.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var marker = options.Entries[i].MarkerFile!;
            while (!File.Exists(marker))
            {
                await Task.Delay(MarkerPollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var text = await File.ReadAllTextAsync(marker, cancellationToken).ConfigureAwait(false);
            codes[i] = int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
                ? code
                : EntrypointExitCodes.InternalError;
        }

        return codes;
    }

    /// <summary>Waits for the markers and uploads; returns the code the sidecar process exits with.</summary>
    public async Task<int> RunAsync(UploadTarget? target, DownwardJobSpec spec, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> codes;
        try
        {
            codes = await WaitForMarkersAsync(options.IgnoreInterrupts ? CancellationToken.None : cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await LogAsync("sidecar: interrupted before the job finished; uploading what exists as aborted").ConfigureAwait(false);
            codes = [.. options.Entries.Select(_ => EntrypointExitCodes.Aborted)];
        }

        if (target is not null)
        {
            await UploadAsync(target, spec, codes, CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Uploads logs, items and <c>finished.json</c> for a run whose codes are known.</summary>
    public async Task UploadAsync(UploadTarget target, DownwardJobSpec spec, IReadOnlyList<int> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(codes);
        for (var i = 0; i < options.Entries.Count; i++)
        {
            var entry = options.Entries[i];
            var name = options.Entries.Count == 1
                ? InituploadRunner.BuildLogFile
                : $"{(string.IsNullOrEmpty(entry.ContainerName) ? $"container-{i}" : entry.ContainerName)}-{InituploadRunner.BuildLogFile}";
            await UploadFileAsync(target, entry.ProcessLog!, target.Key(name), cancellationToken).ConfigureAwait(false);
        }

        foreach (var item in options.GcsOptions?.Items ?? [])
        {
            await UploadItemAsync(target, item, cancellationToken).ConfigureAwait(false);
        }

        var metadata = await JobMetadata.MergeAsync(
            options.Entries.Select(e => e.MetadataFile).OfType<string>(), cancellationToken).ConfigureAwait(false);
        var (passed, result) = EntrypointExitCodes.Outcome(codes);
        var finished = new Finished
        {
            Timestamp = timeProvider.GetUtcNow().ToUnixTimeSeconds(),
            Passed = passed,
            Result = result,
            Revision = InituploadRunner.Revision(spec),
            Metadata = metadata.Count == 0 ? null : metadata,
        };
        await JobArtifacts.WriteFinishedAsync(target.Store, target.Job, target.PathStrategy, finished, cancellationToken).ConfigureAwait(false);
    }

    private async Task UploadItemAsync(UploadTarget target, string item, CancellationToken cancellationToken)
    {
        var prefix = string.IsNullOrEmpty(options.GcsOptions?.SubDir) ? "" : options.GcsOptions.SubDir.Trim('/') + "/";
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(item));
        if (Directory.Exists(item))
        {
            foreach (var file in Directory.EnumerateFiles(item, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(item, file).Replace(Path.DirectorySeparatorChar, '/');
                await UploadFileAsync(target, file, target.Key($"{prefix}{baseName}/{EscapeKey(relative)}"), cancellationToken).ConfigureAwait(false);
            }
        }
        else if (File.Exists(item))
        {
            await UploadFileAsync(target, item, target.Key(prefix + EscapeKey(baseName)), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await LogAsync($"sidecar: item {item} does not exist; nothing to upload").ConfigureAwait(false);
        }
    }

    private async Task UploadFileAsync(UploadTarget target, string file, string key, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            await LogAsync($"sidecar: {file} does not exist; nothing to upload to {key}").ConfigureAwait(false);
            return;
        }

        // In embedded mode the entrypoint writes the build log straight into the local store, where deck reads
        // it while the job runs; uploading it onto itself would truncate it.
        if (target.Store is LocalArtifactStore local &&
            string.Equals(local.PathFor(key), Path.GetFullPath(file), StringComparison.Ordinal))
        {
            return;
        }

        var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await using (content.ConfigureAwait(false))
        {
            await target.Store.WriteAsync(key, content, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task LogAsync(string line) => log?.WriteLineAsync(line) ?? Task.CompletedTask;

    // '#' would start a URL fragment in links to the object, so GCS and S3 uploads escape it, as Prow does.
    private static string EscapeKey(string relative) => relative.Replace("#", "%23", StringComparison.Ordinal);
}
