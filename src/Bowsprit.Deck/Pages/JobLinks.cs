using Bowsprit.Core.Api;
using Bowsprit.Deck.Index;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>Where a person clicks from a job: its run page (status.url), repo, PR, commit, author and history.</summary>
internal sealed class JobLinks(DeckOptions options)
{
    private string GitHub => options.Config().GitHub.EffectiveLinkUrl;

    public string RepoUrl(Refs refs) => refs.RepoLink ?? $"{GitHub}/{refs.Org}/{refs.Repo}";

    public string Repo(DeckJob job) =>
        job.Job.Spec.MainRefs is { } refs ? $"{Link(RepoUrl(refs), job.Repo)}" : "";

    public string Pull(DeckJob job)
    {
        if (job.Job.Spec.MainRefs is not { Pulls: { Count: > 0 } pulls } refs)
        {
            return job.Job.Spec.MainRefs?.BaseRef is { } baseRef ? E(baseRef) : "";
        }

        var links = pulls.Select(p => Link(p.Link ?? $"{RepoUrl(refs)}/pull/{p.Number}", $"#{p.Number}"));
        return string.Join(" ", links) +
               $" <a class=\"minor\" href=\"/pr-history?org={E(Q(refs.Org))}&amp;repo={E(Q(refs.Repo))}&amp;pr={pulls[0].Number}\" title=\"Jobs of this PR\">history</a>";
    }

    public string Commit(DeckJob job)
    {
        if (job.Job.Spec.MainRefs is not { } refs || job.Sha.Length == 0)
        {
            return "";
        }

        var pull = refs.Pulls is { Count: > 0 } pulls ? pulls[0] : null;
        var url = pull?.CommitLink ?? (pull is null ? refs.BaseLink : null) ?? $"{RepoUrl(refs)}/commit/{job.Sha}";
        return Link(url, ShortSha(job.Sha), "sha");
    }

    public string Author(DeckJob job)
    {
        if (job.Author.Length == 0)
        {
            return "";
        }

        var pull = job.Job.Spec.MainRefs!.Pulls![0];
        return Link(pull.AuthorLink ?? $"{GitHub}/{job.Author}", job.Author);
    }

    /// <summary>The run's page: status.url, set by plank from job_url_template / job_url_prefix_config (spyglass).</summary>
    public static string Run(DeckJob job)
    {
        var label = job.JobName.Length > 0 ? job.JobName : job.Name;
        return job.Job.Status.Url is { Length: > 0 } url ? Link(url, label) : E(label);
    }

    /// <summary>Prow's job history URL: <c>/job-history/&lt;provider&gt;/&lt;bucket&gt;/(logs|pr-logs/directory)/&lt;job&gt;</c>.</summary>
    public static string History(DeckJob job)
    {
        var bucket = job.Job.Spec.DecorationConfig?.GcsConfiguration?.Bucket;
        var (provider, name) = string.IsNullOrEmpty(bucket) ? ("local", "jobs")
            : bucket.IndexOf("://", StringComparison.Ordinal) is var i and >= 0 ? (bucket[..i], bucket[(i + 3)..]) : ("gs", bucket);
        var kind = job.Type == ProwJobType.Presubmit ? "pr-logs/directory" : "logs";
        return $"/job-history/{Uri.EscapeDataString(provider)}/{Uri.EscapeDataString(name)}/{kind}/{Uri.EscapeDataString(job.JobName)}";
    }
}
