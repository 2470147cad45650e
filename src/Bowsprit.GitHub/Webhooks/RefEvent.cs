using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>create</c> and <c>delete</c> events: a branch or tag appeared or went away.</summary>
public sealed class RefEvent
{
    [JsonPropertyName("ref")] public string Ref { get; set; } = "";
    [JsonPropertyName("ref_type")] public string RefType { get; set; } = "";
    [JsonPropertyName("master_branch")] public string? MasterBranch { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("pusher_type")] public string? PusherType { get; set; }
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }
}
