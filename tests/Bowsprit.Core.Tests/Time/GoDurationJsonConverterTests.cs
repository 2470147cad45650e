using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Tests.Time;

public sealed class GoDurationJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GoDurationJsonConverter() } };

    [Fact]
    public void Serialize_TimeSpan_WritesGoString()
    {
        var json = JsonSerializer.Serialize(new Job(TimeSpan.FromMinutes(150), null), Options);

        Assert.Equal("""{"Timeout":"2h30m0s","Grace":null}""", json);
    }

    [Theory]
    [InlineData("""{"Timeout":"1h30m"}""", 90 * TimeSpan.TicksPerMinute)]
    [InlineData("""{"Timeout":"0"}""", 0)]
    [InlineData("""{"Timeout":1500000000}""", 15_000_000)]
    [InlineData("""{"Timeout":-150}""", -2)]
    public void Deserialize_StringOrNanoseconds_ReadsDuration(string json, long expectedTicks)
    {
        var job = JsonSerializer.Deserialize<Job>(json, Options);

        Assert.Equal(TimeSpan.FromTicks(expectedTicks), job!.Timeout);
    }

    [Theory]
    [InlineData("""{"Timeout":"1d"}""", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("""{"Timeout":1.5}""", null)]
    [InlineData("""{"Timeout":true}""", null)]
    [InlineData("""{"Timeout":null}""", null)]
    public void Deserialize_Invalid_ThrowsJsonException(string json, string? message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Job>(json, Options));

        if (message is not null)
        {
            Assert.Equal(message, ex.InnerException?.Message);
        }
    }

    [Theory]
    [InlineData("""{"Timeout":"1s","Grace":"15s"}""", 15 * TimeSpan.TicksPerSecond)]
    [InlineData("""{"Timeout":"1s","Grace":null}""", null)]
    [InlineData("""{"Timeout":"1s"}""", null)]
    public void Deserialize_NullableTimeSpan_UsesConverterFromOptions(string json, long? expectedTicks)
    {
        var job = JsonSerializer.Deserialize<Job>(json, Options);

        Assert.Equal(expectedTicks is { } ticks ? TimeSpan.FromTicks(ticks) : null, job!.Grace);
    }

    [Fact]
    public void Attribute_OnTimeSpanAndNullable_RoundTrips()
    {
        var original = new AnnotatedJob { Timeout = TimeSpan.FromHours(2), Grace = TimeSpan.FromSeconds(15) };

        var json = JsonSerializer.Serialize(original);
        var back = JsonSerializer.Deserialize<AnnotatedJob>(json);

        Assert.Equal("""{"Timeout":"2h0m0s","Grace":"15s"}""", json);
        Assert.Equal(original.Timeout, back!.Timeout);
        Assert.Equal(original.Grace, back.Grace);
    }

    private sealed record Job(TimeSpan Timeout, TimeSpan? Grace);

    private sealed class AnnotatedJob
    {
        [JsonConverter(typeof(GoDurationJsonConverter))]
        public TimeSpan Timeout { get; set; }

        [JsonConverter(typeof(GoDurationJsonConverter))]
        public TimeSpan? Grace { get; set; }
    }
}
