using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>
/// Clones one <see cref="Refs"/> the way Prow's clonerefs does: init, fetch and check out the base, merge each
/// pull with <c>--no-ff</c> under the CI identity, then update submodules. Stops at the first failing command.
/// </summary>
internal sealed class RefsCloner(ClonerefsOptions options, TimeProvider timeProvider)
{
    public async Task<CloneRecord> CloneAsync(Refs refs, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var record = new CloneRecord { Refs = refs };
        var directory = ClonePath.For(options.SrcRoot, refs);
        Directory.CreateDirectory(directory);
        var session = new Session(new GitCommandRunner(directory, timeProvider), record);

        record.Failed = !await CloneBaseAsync(session, refs, cancellationToken).ConfigureAwait(false)
            || !await MergePullsAsync(session, refs, cancellationToken).ConfigureAwait(false)
            || !await UpdateSubmodulesAsync(session, refs, cancellationToken).ConfigureAwait(false);

        if (!record.Failed)
        {
            var (head, exitCode) = await session.Git.RunAsync(["rev-parse", "HEAD"], null, cancellationToken).ConfigureAwait(false);
            if (exitCode == 0)
            {
                record.FinalSha = head.Output.Trim();
            }
        }

        record.Duration = timeProvider.GetElapsedTime(started);
        return record;
    }

    private async Task<bool> CloneBaseAsync(Session session, Refs refs, CancellationToken cancellationToken)
    {
        var remote = ClonePath.RemoteFor(refs);
        string[] depth = refs.CloneDepth > 0 ? ["--depth", refs.CloneDepth.ToString(CultureInfo.InvariantCulture)] : [];
        string[] filter = refs.BloblessFetch == true ? ["--filter=blob:none"] : [];
        var fetchRef = string.IsNullOrEmpty(refs.BaseSha) ? refs.BaseRef! : refs.BaseSha;
        var target = string.IsNullOrEmpty(refs.BaseSha) ? "FETCH_HEAD" : refs.BaseSha;

        return await session.RunAsync(["init"], cancellationToken).ConfigureAwait(false)
            && await session.RunAsync(["config", "user.name", options.EffectiveGitUserName], cancellationToken).ConfigureAwait(false)
            && await session.RunAsync(["config", "user.email", options.EffectiveGitUserEmail], cancellationToken).ConfigureAwait(false)
            // Multi-headed remotes (Gerrit) reject a plain fetch of HEAD, hence skip_fetch_head.
            && (refs.SkipFetchHead
                || await session.RunAsync(["fetch", .. depth, .. filter, remote, "--tags", "--prune"], cancellationToken).ConfigureAwait(false))
            && await session.RunAsync(["fetch", .. depth, .. filter, remote, fetchRef], cancellationToken).ConfigureAwait(false)
            && await session.RunAsync(["checkout", target], cancellationToken).ConfigureAwait(false)
            && await session.RunAsync(["branch", "--force", refs.BaseRef!, target], cancellationToken).ConfigureAwait(false)
            && await session.RunAsync(["checkout", refs.BaseRef!], cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> MergePullsAsync(Session session, Refs refs, CancellationToken cancellationToken)
    {
        if (refs.Pulls is not { Count: > 0 })
        {
            return true;
        }

        var (show, exitCode) = await session.Git.RunAsync(["show", "-s", "--format=format:%ct", "HEAD"], null, cancellationToken).ConfigureAwait(false);
        session.Record.Commands.Add(show);
        if (exitCode != 0 || !long.TryParse(show.Output.Trim(), CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        var remote = ClonePath.RemoteFor(refs);
        foreach (var pull in refs.Pulls)
        {
            var pullRef = !string.IsNullOrEmpty(pull.Ref) ? pull.Ref : $"pull/{pull.Number}/head";
            var mergeTarget = !string.IsNullOrEmpty(pull.Sha) ? pull.Sha : "FETCH_HEAD";

            // Merge commits get timestamps derived from the base commit so the same refs always give the same SHA.
            timestamp++;
            var date = timestamp.ToString(CultureInfo.InvariantCulture) + " +0000";
            var dates = new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date };

            if (!await session.RunAsync(["fetch", remote, pullRef], cancellationToken).ConfigureAwait(false)
                || !await session.RunAsync(["merge", "--no-ff", mergeTarget], cancellationToken, dates).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> UpdateSubmodulesAsync(Session session, Refs refs, CancellationToken cancellationToken) =>
        refs.SkipSubmodules
        || await session.RunAsync(["submodule", "update", "--init", "--recursive"], cancellationToken).ConfigureAwait(false);

    private sealed record Session(GitCommandRunner Git, CloneRecord Record)
    {
        public async Task<bool> RunAsync(
            string[] args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
        {
            var (command, exitCode) = await Git.RunAsync(args, environment, cancellationToken).ConfigureAwait(false);
            Record.Commands.Add(command);
            return exitCode == 0;
        }
    }
}
