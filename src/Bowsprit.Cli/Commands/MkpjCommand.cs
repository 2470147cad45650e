using System.CommandLine;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Bowsprit.Sqlite;

namespace Bowsprit.Cli.Commands;

/// <summary>
/// <c>bowsprit mkpj</c>: makes the ProwJob a component would make for one configured job, and prints it as YAML
/// (to apply with kubectl) or, with <c>--create</c>, stores it in the embedded store for a running Bowsprit.
/// Missing SHAs of a presubmit or postsubmit are looked up on GitHub, as Prow's mkpj does.
/// </summary>
internal static class MkpjCommand
{
    public static Command Create()
    {
        var configPath = new Option<string>("--config-path") { Description = "Path to Prow's config.yaml", Required = true };
        var jobConfigPath = new Option<string?>("--job-config-path") { Description = "Job config file or directory (walked recursively)" };
        var job = new Option<string>("--job") { Description = "Name of the job to run", Required = true };
        var pull = new Option<int?>("--pull") { Description = "Pull request number (presubmits)" };
        var baseRef = new Option<string?>("--base-ref") { Description = "Branch under test; looked up from the PR when omitted" };
        var baseSha = new Option<string?>("--base-sha") { Description = "Base SHA; looked up on GitHub when omitted" };
        var pullSha = new Option<string?>("--pull-sha") { Description = "PR head SHA; looked up on GitHub when omitted" };
        var pullAuthor = new Option<string?>("--pull-author") { Description = "PR author; looked up with the SHAs" };
        var endpoint = new Option<string>("--github-endpoint") { Description = "GitHub API root", DefaultValueFactory = _ => "https://api.github.com" };
        var tokenPath = new Option<string?>("--github-token-path") { Description = "File holding a GitHub token" };
        var create = new Option<bool>("--create") { Description = "Store the ProwJob in DATA/prowjobs.db instead of printing it" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Bowsprit's data directory (with --create)" };

        var command = new Command("mkpj", "Make a ProwJob for a configured job: print it as YAML, or store it with --create.")
        {
            configPath, jobConfigPath, job, pull, baseRef, baseSha, pullSha, pullAuthor, endpoint, tokenPath, create, dataDir,
        };
        command.SetAction((parse, ct) => RunAsync(
            new MkpjOptions(parse.GetValue(configPath)!, parse.GetValue(job)!)
            {
                JobConfigPath = parse.GetValue(jobConfigPath),
                Pull = parse.GetValue(pull),
                BaseRef = parse.GetValue(baseRef),
                BaseSha = parse.GetValue(baseSha),
                PullSha = parse.GetValue(pullSha),
                PullAuthor = parse.GetValue(pullAuthor),
                GitHubEndpoint = parse.GetValue(endpoint)!,
                GitHubTokenPath = parse.GetValue(tokenPath),
                Create = parse.GetValue(create),
                DataDir = parse.GetValue(dataDir),
            },
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            TimeProvider.System,
            ct));
        return command;
    }

    internal static async Task<int> RunAsync(MkpjOptions options, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (options.Create && string.IsNullOrEmpty(options.DataDir))
        {
            await error.WriteLineAsync("mkpj: --create needs --data-dir");
            return 1;
        }

        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(options.ConfigPath, options.JobConfigPath));
        var errors = loaded.Errors.ToList();
        foreach (var failure in errors)
        {
            await error.WriteLineAsync(failure.ToString());
        }

        if (errors.Count > 0)
        {
            await error.WriteLineAsync($"mkpj: the configuration has {errors.Count} error(s)");
            return 1;
        }

        ProwJob job;
        try
        {
            job = await MakeAsync(loaded.Config, options, time, ct);
        }
        catch (MkpjException e)
        {
            await error.WriteLineAsync($"mkpj: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or GitHubApiException)
        {
            await error.WriteLineAsync($"mkpj: looking up the pull request on {options.GitHubEndpoint} failed: {e.Message}");
            return 1;
        }

        job.Metadata.NamespaceProperty = loaded.Config.EffectiveProwJobNamespace;
        if (!options.Create)
        {
            await output.WriteAsync(ProwJobYaml.Serialize(job));
            return 0;
        }

        Directory.CreateDirectory(options.DataDir!);
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(options.DataDir!, "prowjobs.db"), ct);
        var stored = await store.CreateAsync(job, ct);
        await output.WriteLineAsync(stored.Name);
        return 0;
    }

    private static async Task<ProwJob> MakeAsync(ProwConfig config, MkpjOptions options, TimeProvider time, CancellationToken ct)
    {
        var factory = new ProwJobFactory(time);
        if (config.AllPeriodics.FirstOrDefault(p => p.Name == options.JobName) is { } periodic)
        {
            return factory.NewPeriodic(periodic);
        }

        foreach (var (orgRepo, presubmits) in config.Presubmits ?? [])
        {
            if (presubmits.FirstOrDefault(p => p.Name == options.JobName) is { } presubmit)
            {
                return factory.NewPresubmit(presubmit, await PresubmitRefsAsync(orgRepo, options, ct));
            }
        }

        foreach (var (orgRepo, postsubmits) in config.Postsubmits ?? [])
        {
            if (postsubmits.FirstOrDefault(p => p.Name == options.JobName) is { } postsubmit)
            {
                return factory.NewPostsubmit(postsubmit, await PostsubmitRefsAsync(orgRepo, options, ct));
            }
        }

        throw new MkpjException($"no job named {options.JobName} in the presubmits, postsubmits or periodics");
    }

    private static async Task<Refs> PresubmitRefsAsync(string orgRepo, MkpjOptions options, CancellationToken ct)
    {
        if (options.Pull is not { } number)
        {
            throw new MkpjException($"{options.JobName} is a presubmit: --pull is required");
        }

        var (org, repo) = Split(orgRepo);
        var pull = new Pull { Number = number, Author = options.PullAuthor ?? "", Sha = options.PullSha ?? "" };
        var refs = new Refs { Org = org, Repo = repo, BaseRef = options.BaseRef, BaseSha = options.BaseSha, Pulls = [pull] };
        if (options.BaseSha is not null && options.PullSha is not null && options.BaseRef is not null)
        {
            return refs;
        }

        using var http = new HttpClient();
        var github = await ClientAsync(http, options, ct);
        var pr = await github.GetPullRequestAsync(org, repo, number, ct);
        refs.BaseRef ??= pr.Base.Ref;
        refs.BaseSha ??= await github.GetRefAsync(org, repo, $"heads/{refs.BaseRef}", ct);
        var repoLink = pr.Base.Repo?.HtmlUrl?.TrimEnd('/');
        refs.RepoLink = repoLink;
        refs.BaseLink = repoLink is null ? null : $"{repoLink}/commit/{refs.BaseSha}";
        pull.Sha = options.PullSha ?? pr.Head.Sha;
        pull.Author = options.PullAuthor ?? pr.User.Login;
        pull.Title = pr.Title;
        pull.HeadRef = pr.Head.Ref;
        pull.Link = pr.HtmlUrl;
        pull.CommitLink = repoLink is null ? null : $"{repoLink}/pull/{number}/commits/{pull.Sha}";
        pull.AuthorLink = pr.User.HtmlUrl;
        return refs;
    }

    private static async Task<Refs> PostsubmitRefsAsync(string orgRepo, MkpjOptions options, CancellationToken ct)
    {
        if (options.BaseRef is null)
        {
            throw new MkpjException($"{options.JobName} is a postsubmit: --base-ref is required");
        }

        var (org, repo) = Split(orgRepo);
        var refs = new Refs { Org = org, Repo = repo, BaseRef = options.BaseRef, BaseSha = options.BaseSha };
        if (refs.BaseSha is null)
        {
            using var http = new HttpClient();
            var github = await ClientAsync(http, options, ct);
            refs.BaseSha = await github.GetRefAsync(org, repo, $"heads/{options.BaseRef}", ct);
        }

        return refs;
    }

    private static async Task<GitHubClient> ClientAsync(HttpClient http, MkpjOptions options, CancellationToken ct)
    {
        var token = options.GitHubTokenPath is null ? null : (await File.ReadAllTextAsync(options.GitHubTokenPath, ct)).Trim();
        return new GitHubClient(http, new GitHubClientOptions { ApiUrl = options.GitHubEndpoint, Token = token, UserAgent = "bowsprit-mkpj" }, TimeProvider.System);
    }

    private static (string Org, string Repo) Split(string orgRepo)
    {
        var slash = orgRepo.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (orgRepo, "") : (orgRepo[..slash], orgRepo[(slash + 1)..]);
    }

    private sealed class MkpjException(string message) : Exception(message);
}
