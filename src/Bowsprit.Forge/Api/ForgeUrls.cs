namespace Bowsprit.Forge.Api;

/// <summary>
/// The forge's URL layout, which is GitHub Enterprise's: web and git at the root, REST under <c>/api/v3</c>,
/// GraphQL at <c>/api/graphql</c>. Clients configured for an enterprise host work unchanged.
/// </summary>
public sealed class ForgeUrls(string baseUrl)
{
    /// <summary>Set once the server knows its bound address (it may listen on port 0).</summary>
    public string Base { get; internal set; } = baseUrl.TrimEnd('/');

    public string Api => $"{Base}/api/v3";

    public string GraphQL => $"{Base}/api/graphql";

    public string Html(string path) => $"{Base}/{path.TrimStart('/')}";

    public string ApiPath(string path) => $"{Api}/{path.TrimStart('/')}";

    public string Clone(string owner, string repo) => $"{Base}/{owner}/{repo}.git";
}
