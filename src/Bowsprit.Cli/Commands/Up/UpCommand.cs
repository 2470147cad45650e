using System.CommandLine;
using System.Diagnostics;
using Bowsprit.LocalRuntime;
using Bowsprit.Server.Up;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Cli.Commands.Up;

/// <summary>
/// <c>bowsprit up</c>: everything in one process. Flags override <c>bowsprit.yaml</c> and <c>BOWSPRIT_*</c>
/// variables, so none has a default here: an absent flag leaves the lower layers' value.
/// </summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var flags = new (string Key, Option Option)[]
        {
            ("dataDir", new Option<string>("--data-dir") { Description = "Where all state lives (default ./.bowsprit)" }),
            ("port", new Option<int?>("--port") { Description = "deck's port, shared by hook (/hook) and /metrics (default 8080; 0 picks a free one)" }),
            ("host", new Option<string>("--host") { Description = "Address to bind (default 127.0.0.1)" }),
            ("sandbox", new Option<SandboxMode?>("--sandbox") { Description = "Run jobs in bubblewrap: Auto (when installed), Always, Never" }),
            ("maxConcurrentRuns", new Option<int?>("--max-concurrent-runs") { Description = "Jobs running at once (default: CPU count)" }),
            ("publicUrl", new Option<string>("--public-url") { Description = "deck's URL as others reach it, for links in statuses" }),
            ("configPath", new Option<string>("--config-path") { Description = "Prow's config.yaml (GitHub mode)" }),
            ("jobConfigPath", new Option<string>("--job-config-path") { Description = "Job config file or directory (GitHub mode)" }),
            ("pluginConfig", new Option<string>("--plugin-config") { Description = "plugins.yaml (GitHub mode)" }),
            ("hmacSecretFile", new Option<string>("--hmac-secret-file") { Description = "Webhook secret file (GitHub mode)" }),
            ("gitHubEndpoint", new Option<string>("--github-endpoint") { Description = "GitHub API root (default https://api.github.com)" }),
            ("gitHubTokenPath", new Option<string>("--github-token-path") { Description = "Bot token file; giving it (or an App) turns the demo off" }),
            ("gitHubAppId", new Option<string>("--github-app-id") { Description = "GitHub App id, with --github-app-private-key-path instead of a bot token (GitHub mode)" }),
            ("gitHubAppPrivateKeyPath", new Option<string>("--github-app-private-key-path") { Description = "The GitHub App's private key (PEM) file" }),
            ("botLogin", new Option<string>("--bot-login") { Description = "The bot's login (default: asked from GitHub)" }),
            ("slackTokenFile", new Option<string>("--slack-token-file") { Description = "crier: Slack webhook URL or bot token file" }),
            ("gitHubOAuthConfigFile", new Option<string>("--github-oauth-config-file") { Description = "deck: GitHub OAuth app file for sign-in, rerun and abort (GitHub mode)" }),
            ("cookieSecret", new Option<string>("--cookie-secret") { Description = "deck: cookie signing secret file (default: generated in the data dir)" }),
        };
        var plain = new Option<bool>("--plain") { Description = "Log lines instead of the live status display (always so when output is not a terminal)" };
        var command = new Command("up", "Run Bowsprit on this machine: every component in one process; a demo forge unless GitHub credentials are given.") { plain };
        foreach (var (_, option) in flags)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var given = flags
                .Where(f => parse.GetResult(f.Option) is { Implicit: false })
                .ToDictionary(f => f.Key, f => (string?)string.Join(' ', parse.GetResult(f.Option)!.Tokens.Select(static t => t.Value)));
            var clock = Stopwatch.StartNew();
            UpOptions options;
            try
            {
                options = UpSettings.Load(given);
            }
            catch (InvalidOperationException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"up: {e.Message}");
                return 1;
            }

            var live = !parse.GetValue(plain) && !Console.IsOutputRedirected && parse.InvocationConfiguration.Output == Console.Out;
            var recent = live ? new RecentLogLines(Path.Combine(options.FullDataDir, "logs", "bowsprit.log"), TimeProvider.System) : null;
            try
            {
                await using var host = await EmbeddedHost.StartAsync(options, recent is null ? null : logging =>
                {
                    logging.ClearProviders();
                    logging.AddProvider(recent);
                }, ct);
                var ready = clock.Elapsed;
                if (live)
                {
                    await new UpStatusDisplay(host, recent!, ready).RunAsync(ct);
                }
                else
                {
                    await UpStatusDisplay.PrintReadyAsync(parse.InvocationConfiguration.Output, host.Endpoints, ready);
                    await host.WaitForShutdownAsync(ct);
                }

                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or HttpRequestException or Bowsprit.GitHub.Client.GitHubApiException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"up: {e.Message}");
                return 1;
            }
            finally
            {
                recent?.Dispose();
            }
        });
        return command;
    }
}
