using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bowsprit.Crier.Slack;

/// <summary>
/// Posts messages to Slack. The secret file of a host holds either an incoming-webhook URL (posted to directly)
/// or a bot token (Prow's kind, sent to <c>chat.postMessage</c>). The file is read on every message so a rotated
/// secret applies without a restart.
/// </summary>
public sealed class SlackClient(HttpClient http, CrierOptions options)
{
    public async Task PostAsync(string host, string channel, string text, CancellationToken ct)
    {
        if (!options.SlackTokenFiles.TryGetValue(host, out var file))
        {
            throw new SlackApiException($"Slack host '{host}' has no token file", isTransient: false);
        }

        var secret = (await File.ReadAllTextAsync(file, ct).ConfigureAwait(false)).Trim();
        var webhook = secret.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || secret.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook ? new Uri(secret) : new Uri(options.SlackApiUrl, "chat.postMessage"))
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["channel"] = channel, ["text"] = text }),
        };
        if (!webhook)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            throw new SlackApiException($"Slack answered {(int)response.StatusCode}: {body}", isTransient: true, response.Headers.RetryAfter?.Delta);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException($"Slack answered {(int)response.StatusCode}: {body}", isTransient: false);
        }

        // The Web API reports failures in a 200 body; webhooks answer a plain "ok".
        if (!webhook && ErrorOf(body) is { } error)
        {
            throw new SlackApiException($"Slack refused the message: {error}", isTransient: error == "ratelimited");
        }
    }

    private static string? ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True ? null
                : root.TryGetProperty("error", out var error) ? error.GetString() ?? "unknown error" : "unknown error";
        }
        catch (JsonException)
        {
            return $"unreadable answer: {body}";
        }
    }
}
