using Bowsprit.Core.Api;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Plugins.Trigger;

/// <summary>The refs of a presubmit: the base repository at its branch tip, plus the PR's head.</summary>
internal static class PullRefs
{
    /// <summary>
    /// Links come from the forge's own <c>html_url</c> so jobs on a GitHub Enterprise or local forge point at that
    /// host, not at github.com.
    /// </summary>
    public static Refs Build(Repository repo, PullRequest pr, string baseSha)
    {
        var repoLink = repo.HtmlUrl?.TrimEnd('/');
        return new Refs
        {
            Org = repo.Owner.Login,
            Repo = repo.Name,
            RepoLink = repoLink,
            BaseRef = pr.Base.Ref,
            BaseSha = baseSha,
            BaseLink = repoLink is null ? null : $"{repoLink}/commit/{baseSha}",
            Pulls =
            [
                new Pull
                {
                    Number = pr.Number,
                    Author = pr.User.Login,
                    Sha = pr.Head.Sha,
                    Title = pr.Title,
                    HeadRef = pr.Head.Ref,
                    Link = pr.HtmlUrl,
                    CommitLink = repoLink is null ? null : $"{repoLink}/pull/{pr.Number}/commits/{pr.Head.Sha}",
                    AuthorLink = pr.User.HtmlUrl,
                },
            ],
        };
    }
}
