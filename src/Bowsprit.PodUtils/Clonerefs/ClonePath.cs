using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>Where a repository lands under the source root (spec 5.1): GOPATH-style, so Go imports resolve.</summary>
public static class ClonePath
{
    public static string For(string srcRoot, Refs refs) => Path.Combine(srcRoot, "src", RelativeFor(refs));

    private static string RelativeFor(Refs refs)
    {
        if (!string.IsNullOrEmpty(refs.PathAlias))
        {
            return refs.PathAlias;
        }

        if (!string.IsNullOrEmpty(refs.RepoLink) && Uri.TryCreate(refs.RepoLink, UriKind.Absolute, out var link))
        {
            return (link.Host + link.AbsolutePath).TrimEnd('/');
        }

        return $"github.com/{refs.Org}/{refs.Repo}";
    }

    /// <summary>Prow clones from GitHub over HTTPS unless the job names another remote.</summary>
    public static string RemoteFor(Refs refs) =>
        !string.IsNullOrEmpty(refs.CloneUri) ? refs.CloneUri : $"https://github.com/{refs.Org}/{refs.Repo}.git";
}
