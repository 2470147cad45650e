namespace Bowsprit.Cli.Commands;

/// <summary>What <c>bowsprit mkpj</c> was asked to make.</summary>
internal sealed record MkpjOptions(string ConfigPath, string JobName)
{
    public string? JobConfigPath { get; init; }

    public int? Pull { get; init; }

    public string? BaseRef { get; init; }

    public string? BaseSha { get; init; }

    public string? PullSha { get; init; }

    public string? PullAuthor { get; init; }

    public string GitHubEndpoint { get; init; } = "https://api.github.com";

    public string? GitHubTokenPath { get; init; }

    public bool Create { get; init; }

    public string? DataDir { get; init; }
}
