using System.CommandLine;
using Bowsprit.LocalRuntime;
using Bowsprit.Server;
using Microsoft.Extensions.Hosting;

namespace Bowsprit.Cli.Commands;

/// <summary><c>bowsprit serve --components hook,...</c>: run components as one process (one Deployment each in a cluster).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var components = new Option<string>("--components") { Description = "Comma-separated components to run: hook, plank, horologium, sinker, crier, deck", DefaultValueFactory = _ => "hook" };
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 8888 };
        var host = new Option<string>("--host") { Description = "Address to bind", DefaultValueFactory = _ => "127.0.0.1" };
        var dataDir = new Option<string>("--data-dir") { Description = "Embedded state (SQLite)", DefaultValueFactory = _ => ".bowsprit" };
        var configPath = new Option<string>("--config-path") { Description = "Prow's config.yaml", Required = true };
        var jobConfigPath = new Option<string?>("--job-config-path") { Description = "Job config file or directory" };
        var pluginConfig = new Option<string?>("--plugin-config") { Description = "plugins.yaml" };
        var hmac = new Option<string?>("--hmac-secret-file") { Description = "HMAC secret file (one token, or Prow's YAML); required with hook" };
        var endpoint = new Option<string>("--github-endpoint") { Description = "GitHub API root", DefaultValueFactory = _ => "https://api.github.com" };
        var tokenPath = new Option<string?>("--github-token-path") { Description = "File holding the bot's API token" };
        var appId = new Option<string?>("--github-app-id") { Description = "GitHub App id, with --github-app-private-key-path instead of --github-token-path" };
        var appKey = new Option<string?>("--github-app-private-key-path") { Description = "The GitHub App's private key (PEM) file" };
        var bot = new Option<string?>("--bot-login") { Description = "The bot's GitHub login (default: the App's {slug}[bot] with an App, else bowsprit-bot)" };
        var maxRuns = new Option<int?>("--max-concurrent-runs") { Description = "Local jobs running at once on this machine (default: CPU count)" };
        var sandbox = new Option<SandboxMode>("--sandbox") { Description = "Run local jobs in bubblewrap: Auto (when installed), Always, Never", DefaultValueFactory = _ => SandboxMode.Auto };
        var slackToken = new Option<string?>("--slack-token-file") { Description = "crier: file with a Slack incoming-webhook URL or bot token" };
        var hookUrl = new Option<string?>("--hook-url") { Description = "deck: hook's /plugin-help URL when hook runs in another process" };
        var rerunCreatesJob = new Option<bool>("--rerun-creates-job") { Description = "deck: POST /rerun creates the job" };
        var cookieSecret = new Option<string?>("--cookie-secret") { Description = "deck: file with the secret signing login cookies" };
        var oauthConfig = new Option<string?>("--github-oauth-config-file") { Description = "deck: GitHub OAuth app config (client_id, client_secret, redirect_url)" };
        var command = new Command("serve", "Run Bowsprit components (hook, ...) in this process.")
        {
            components, port, host, dataDir, configPath, jobConfigPath, pluginConfig, hmac, endpoint, tokenPath, appId, appKey, bot, maxRuns, sandbox, slackToken,
            hookUrl, rerunCreatesJob, cookieSecret, oauthConfig,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ServeOptions
            {
                Components = [.. parse.GetValue(components)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                ListenUrl = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}",
                DataDir = parse.GetValue(dataDir)!,
                ConfigPath = parse.GetValue(configPath)!,
                JobConfigPath = parse.GetValue(jobConfigPath),
                PluginConfig = parse.GetValue(pluginConfig),
                HmacSecretFile = parse.GetValue(hmac) ?? "",
                GitHubEndpoint = parse.GetValue(endpoint)!,
                GitHubTokenPath = parse.GetValue(tokenPath),
                GitHubAppId = parse.GetValue(appId),
                GitHubAppPrivateKeyPath = parse.GetValue(appKey),
                BotLogin = parse.GetValue(bot) ?? "bowsprit-bot",
                MaxConcurrentRuns = parse.GetValue(maxRuns),
                Sandbox = parse.GetValue(sandbox),
                SlackTokenFile = parse.GetValue(slackToken),
                HookUrl = parse.GetValue(hookUrl),
                RerunCreatesJob = parse.GetValue(rerunCreatesJob),
                CookieSecretFile = parse.GetValue(cookieSecret),
                GitHubOAuthConfigFile = parse.GetValue(oauthConfig),
            };
            try
            {
                if (parse.GetValue(bot) is null && !string.IsNullOrEmpty(options.GitHubAppId))
                {
                    options = options with { BotLogin = await GitHubAuth.BotLoginAsync(options.GitHubEndpoint, options.GitHubTokenPath, options.GitHubAppId, options.GitHubAppPrivateKeyPath, ct) };
                }

                await using var app = await BowspritServer.BuildAsync(options, ct);
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or HttpRequestException or Bowsprit.GitHub.Client.GitHubApiException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"serve: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
