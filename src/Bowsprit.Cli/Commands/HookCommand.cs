using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Sqlite;

namespace Bowsprit.Cli.Commands;

/// <summary><c>bowsprit hook replay --since T</c>: process webhook deliveries received since T again.</summary>
internal static class HookCommand
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Description = "Replay deliveries received at or after this time (e.g. 2026-11-24T10:00:00Z)", Required = true };
        var url = new Option<string?>("--url") { Description = "A running hook's base URL (replays through its admin endpoint)" };
        var hmac = new Option<string?>("--hmac-secret-file") { Description = "hook's HMAC secret file; the replay request is signed with its global token (with --url)" };
        var dataDir = new Option<string>("--data-dir") { Description = "Embedded state directory (used when --url is not given)", DefaultValueFactory = _ => ".bowsprit" };
        var replay = new Command("replay", "Process webhook deliveries again (e.g. after fixing a plugin or config).") { since, url, hmac, dataDir };
        replay.SetAction(async (parse, ct) =>
        {
            if (!DateTimeOffset.TryParse(parse.GetValue(since), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("hook replay: --since must be a timestamp");
                return 1;
            }

            if (parse.GetValue(url) is { } baseUrl)
            {
                if (parse.GetValue(hmac) is not { } secretFile)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync("hook replay: --url needs --hmac-secret-file to sign the request");
                    return 1;
                }

                var tokens = HmacSecrets.Parse(await File.ReadAllTextAsync(secretFile, ct)).For(null, null);
                if (tokens.Count == 0)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"hook replay: {secretFile} has no global token ('*')");
                    return 1;
                }

                var body = ReplayRequest.Body(from);
                using var http = new HttpClient();
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl.TrimEnd('/')}/hook/replay") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, tokens[0]));
                using var response = await http.SendAsync(request, ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync(await response.Content.ReadAsStringAsync(ct));
                return response.IsSuccessStatusCode ? 0 : 1;
            }

            await using var inbox = await SqliteWebhookInbox.OpenAsync(Path.Combine(parse.GetValue(dataDir)!, "hook", "inbox.db"), ct);
            var count = await inbox.ReplaySinceAsync(from, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{count} deliveries marked for processing; a running hook picks them up within seconds");
            return 0;
        });
        return new Command("hook", "Work with hook's webhook inbox.") { replay };
    }
}
