using System.Text;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>The code a job tests: a repository, a base and the pulls merged onto it.</summary>
public sealed class Refs
{
    [JsonPropertyName("org"), GoAlwaysEmit] public string Org { get; set; } = "";
    [JsonPropertyName("repo"), GoAlwaysEmit] public string Repo { get; set; } = "";
    [JsonPropertyName("repo_link")] public string? RepoLink { get; set; }
    [JsonPropertyName("base_ref")] public string? BaseRef { get; set; }
    [JsonPropertyName("base_sha")] public string? BaseSha { get; set; }
    [JsonPropertyName("base_link")] public string? BaseLink { get; set; }
    [JsonPropertyName("pulls")] public List<Pull>? Pulls { get; set; }
    [JsonPropertyName("path_alias")] public string? PathAlias { get; set; }
    [JsonPropertyName("workdir")] public bool WorkDir { get; set; }
    [JsonPropertyName("auxiliary")] public bool Auxiliary { get; set; }
    [JsonPropertyName("clone_uri")] public string? CloneUri { get; set; }
    [JsonPropertyName("skip_submodules")] public bool SkipSubmodules { get; set; }
    [JsonPropertyName("clone_depth")] public int CloneDepth { get; set; }
    [JsonPropertyName("skip_fetch_head")] public bool SkipFetchHead { get; set; }
    [JsonPropertyName("blobless_fetch")] public bool? BloblessFetch { get; set; }
    [JsonPropertyName("sparse_checkout_files")] public List<string>? SparseCheckoutFiles { get; set; }

    /// <summary>
    /// Prow's string form used in <c>PULL_REFS</c> and <c>started.json</c>:
    /// <c>base_ref:base_sha,num:sha[:ref]</c>, e.g. <c>master:123abc,5:qwe456</c>.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder(BaseRef);
        if (!string.IsNullOrEmpty(BaseSha))
        {
            sb.Append(':').Append(BaseSha);
        }

        foreach (var pull in Pulls ?? [])
        {
            sb.Append(',').Append(pull.Number).Append(':').Append(pull.Sha);
            if (!string.IsNullOrEmpty(pull.Ref))
            {
                sb.Append(':').Append(pull.Ref);
            }
        }

        return sb.ToString();
    }

    public Refs DeepCopy() => ProwJson.Clone(this);
}
