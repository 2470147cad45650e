using System.Text.Json;

namespace Bowsprit.Forge.Tests.Support;

/// <summary>One delivery as a receiver saw it.</summary>
public sealed record ReceivedWebhook(string Event, string Delivery, string Signature, byte[] Body, bool Rejected = false)
{
    public string? Action => JsonDocument.Parse(Body).RootElement.TryGetProperty("action", out var a) ? a.GetString() : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Is(string eventName, string? action = null) => Event == eventName && (action is null || Action == action);

    public string Describe() => Action is null ? Event : $"{Event}.{Action}";
}
