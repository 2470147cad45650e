using System.CommandLine;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;

namespace Bowsprit.Cli.Commands;

/// <summary>
/// <c>bowsprit forge serve</c> runs the local GitHub-compatible forge; <c>bowsprit forge --url BASE VERB</c>
/// drives one like a person would (create repos, open pull requests, comment, review, merge).
/// </summary>
internal static class ForgeCommand
{
    public static Command Create()
    {
        var command = new Command("forge", "Run or drive the local GitHub-compatible forge.") { ForgeVerbs.Url, ForgeVerbs.Token };
        command.Subcommands.Add(Serve());
        foreach (var verb in ForgeVerbs.Create())
        {
            command.Subcommands.Add(verb);
        }

        return command;
    }

    private static Command Serve()
    {
        var dataDir = new Option<string>("--data-dir") { Description = "Where repositories and state live", DefaultValueFactory = _ => ".bowsprit/forge" };
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 3000 };
        var host = new Option<string>("--host") { Description = "Address to bind", DefaultValueFactory = _ => "127.0.0.1" };
        var requireAuth = new Option<bool>("--require-auth") { Description = "Pushes and API writes need a token" };
        var command = new Command("serve", "Serve git over HTTP, REST v3, GraphQL and webhooks.") { dataDir, port, host, requireAuth };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ForgeOptions { DataDir = parse.GetValue(dataDir)!, RequireAuth = parse.GetValue(requireAuth) };
            await using var server = await ForgeServer.StartAsync(options, $"http://{parse.GetValue(host)}:{parse.GetValue(port)}", ct: ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(server.BaseUrl);
            await output.WriteLineAsync($"  git:     {server.BaseUrl}/ORG/REPO.git");
            await output.WriteLineAsync($"  REST:    {server.ApiUrl}/");
            await output.WriteLineAsync($"  GraphQL: {server.GraphQLUrl}");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: dispose stops the server gracefully.
            }

            return 0;
        });
        return command;
    }
}
