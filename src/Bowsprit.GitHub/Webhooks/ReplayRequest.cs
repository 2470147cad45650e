using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>
/// The body of hook's <c>POST /hook/replay</c>. hook is exposed to the internet like Prow's, so the admin
/// request is signed exactly like a delivery (<see cref="WebhookSignature"/>) with the global HMAC token:
/// whoever may send webhooks for every repo may also ask for them to be processed again.
/// </summary>
public static class ReplayRequest
{
    public static byte[] Body(DateTimeOffset since) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["since"] = since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) }));

    /// <summary>The requested time, or null when the body is not <c>{"since": TIMESTAMP}</c>.</summary>
    public static DateTimeOffset? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("since", out var since)
                && since.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(since.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
