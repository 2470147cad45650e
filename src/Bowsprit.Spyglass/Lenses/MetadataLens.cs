using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bowsprit.Core.Api;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>
/// The <c>metadata</c> lens: result, times and duration, the refs with links to repository, pull request, commit
/// and author, the node, and the free-form metadata from started/finished.json.
/// </summary>
internal sealed class MetadataLens(SpyglassOptions options, TimeProvider time)
{
    public void Render(StringBuilder html, JobPageContext page)
    {
        var job = page.ProwJob;
        var started = page.Started?.Timestamp is { } s ? DateTimeOffset.FromUnixTimeSeconds(s)
            : job is not null && job.Status.StartTime != default ? job.Status.StartTime : (DateTimeOffset?)null;
        var finished = page.Finished?.Timestamp is { } f ? DateTimeOffset.FromUnixTimeSeconds(f) : job?.Status.CompletionTime;

        html.Append("<dl class=\"sg-meta\">");
        Row(html, "Result", h => h.Append("<span class=\"sg-result sg-result-").AppendEncoded(page.Result.ToLowerInvariant()).Append("\">").AppendEncoded(page.Result).Append("</span>"));
        if (job?.Status.Description is { Length: > 0 } description)
        {
            Row(html, "Description", h => h.AppendEncoded(description));
        }

        Row(html, "Job", h => h.AppendEncoded(page.Job.JobName));
        Row(html, "Build", h => h.AppendEncoded(page.Job.BuildId));
        if (job is not null)
        {
            Row(html, "Type", h => h.AppendEncoded(job.Spec.Type.ToWire()));
        }

        if (started is { } start)
        {
            Row(html, "Started", h => Time(h, start));
        }

        if (finished is { } end)
        {
            Row(html, "Finished", h => Time(h, end));
        }

        if (started is { } from)
        {
            var duration = (finished ?? time.GetUtcNow()) - from;
            Row(html, finished is null ? "Running for" : "Duration", h => h.AppendEncoded(FormatDuration(duration)));
        }

        foreach (var refs in AllRefs(job))
        {
            Row(html, "Repository", h => RenderRefs(h, refs));
        }

        if (job is null && page.Started?.Repos is { Count: > 0 } repos)
        {
            foreach (var (repo, refs) in repos)
            {
                Row(html, "Repository", h => h.AppendEncoded(repo).Append(" <code>").AppendEncoded(refs).Append("</code>"));
            }
        }

        if (page.Started?.RepoCommit is { Length: > 0 } commit)
        {
            Row(html, "Tested commit", h => h.Append("<code>").AppendEncoded(commit).Append("</code>"));
        }

        if (page.Started?.Node is { Length: > 0 } node)
        {
            Row(html, "Node", h => h.AppendEncoded(node));
        }

        foreach (var metadata in new[] { page.Started?.Metadata, page.Finished?.Metadata })
        {
            foreach (var (name, value) in metadata ?? [])
            {
                if (value is JsonValue scalar)
                {
                    Row(html, name, h => h.AppendLink(scalar.ToString(), scalar.ToString()));
                }
            }
        }

        html.Append("</dl>");
    }

    private void RenderRefs(StringBuilder html, Refs refs)
    {
        var repoUrl = refs.RepoLink is { Length: > 0 } link ? link : $"{options.CodeHostUrl.ToString().TrimEnd('/')}/{refs.Org}/{refs.Repo}";
        html.AppendLink(repoUrl, $"{refs.Org}/{refs.Repo}");
        if (refs.BaseRef is { Length: > 0 } baseRef)
        {
            html.Append(" <span class=\"sg-ref\">").AppendEncoded(baseRef).Append("</span>");
        }

        if (refs.BaseSha is { Length: > 0 } baseSha)
        {
            html.Append(" @ <code>");
            html.AppendLink(refs.BaseLink is { Length: > 0 } baseLink ? baseLink : $"{repoUrl}/commit/{baseSha}", Short(baseSha));
            html.Append("</code>");
        }

        foreach (var pull in refs.Pulls ?? [])
        {
            var number = pull.Number.ToString(CultureInfo.InvariantCulture);
            html.Append("<br>PR ");
            html.AppendLink(pull.Link is { Length: > 0 } prLink ? prLink : $"{repoUrl}/pull/{number}", "#" + number);
            if (pull.Title is { Length: > 0 } title)
            {
                html.Append(' ').AppendEncoded(title);
            }

            if (pull.Author.Length > 0)
            {
                html.Append(" by ");
                html.AppendLink(pull.AuthorLink is { Length: > 0 } authorLink ? authorLink : $"{options.CodeHostUrl.ToString().TrimEnd('/')}/{pull.Author}", pull.Author);
            }

            if (pull.Sha.Length > 0)
            {
                html.Append(" at <code>");
                html.AppendLink(pull.CommitLink is { Length: > 0 } commitLink ? commitLink : $"{repoUrl}/pull/{number}/commits/{pull.Sha}", Short(pull.Sha));
                html.Append("</code>");
            }
        }
    }

    private static IEnumerable<Refs> AllRefs(ProwJob? job) =>
        job is null ? [] : new[] { job.Spec.Refs }.Concat(job.Spec.ExtraRefs ?? []).OfType<Refs>();

    private static string Short(string sha) => sha.Length > 10 ? sha[..10] : sha;

    private static void Row(StringBuilder html, string name, Action<StringBuilder> value)
    {
        html.Append("<dt>").AppendEncoded(name).Append("</dt><dd>");
        value(html);
        html.Append("</dd>");
    }

    private static void Time(StringBuilder html, DateTimeOffset at)
    {
        var iso = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        html.Append("<time datetime=\"").Append(iso).Append("\">").Append(at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append("</time>");
    }

    internal static string FormatDuration(TimeSpan d)
    {
        if (d < TimeSpan.Zero)
        {
            d = TimeSpan.Zero;
        }

        return d.TotalHours >= 1 ? $"{(int)d.TotalHours}h{d.Minutes}m{d.Seconds}s"
            : d.TotalMinutes >= 1 ? $"{d.Minutes}m{d.Seconds}s"
            : $"{d.Seconds}s";
    }
}
