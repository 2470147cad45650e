using System.Text.Json.Serialization;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>horologium</c> section: how often periodics are checked.</summary>
public sealed class HorologiumConfig
{
    [JsonPropertyName("tick_interval"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? TickInterval { get; set; }

    [JsonIgnore] public TimeSpan EffectiveTickInterval => TickInterval ?? TimeSpan.FromMinutes(1);
}
