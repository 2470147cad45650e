using Bowsprit.PodUtils.Entrypoint;

namespace Bowsprit.PodUtils.Tests.Entrypoint;

public sealed class EntrypointOptionsParserTests
{
    [Fact]
    public void Parse_ProwDocument_ReadsEveryField()
    {
        const string json = """
            {"args":["/bin/sh","-c","make test"],"container_name":"test","timeout":7200000000000,"grace_period":15000000000,
             "artifact_dir":"/logs/artifacts","always_zero":true,"process_log":"/logs/process-log.txt",
             "marker_file":"/logs/marker-file.txt","metadata_file":"/logs/artifacts/metadata.json"}
            """;

        var options = EntrypointOptionsParser.Parse(json);

        Assert.Equal(["/bin/sh", "-c", "make test"], options.Args);
        Assert.Equal("test", options.ContainerName);
        Assert.Equal(TimeSpan.FromHours(2), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.GracePeriod);
        Assert.Equal("/logs/artifacts", options.ArtifactDir);
        Assert.True(options.AlwaysZero);
        Assert.Equal("/logs/process-log.txt", options.ProcessLog);
        Assert.Equal("/logs/marker-file.txt", options.MarkerFile);
        Assert.Equal("/logs/artifacts/metadata.json", options.MetadataFile);
    }

    [Fact]
    public void Parse_ZeroDurations_FallBackToProwDefaults()
    {
        var options = EntrypointOptionsParser.Parse("""{"args":["true"],"process_log":"l","marker_file":"m"}""");

        Assert.Equal(TimeSpan.FromHours(2), options.EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.EffectiveGracePeriod);
    }

    [Fact]
    public void Parse_GoDurationString_IsAccepted()
    {
        var options = EntrypointOptionsParser.Parse("""{"args":["true"],"timeout":"90s","process_log":"l","marker_file":"m"}""");

        Assert.Equal(TimeSpan.FromSeconds(90), options.Timeout);
    }

    [Theory]
    [InlineData("""{"args":[],"process_log":"l","marker_file":"m"}""", "\"args\"")]
    [InlineData("""{"args":["true"],"process_log":"l"}""", "\"marker_file\"")]
    [InlineData("""{"args":["true"],"marker_file":"m"}""", "\"process_log\"")]
    [InlineData("""{"args":["true"],"timeout":true,"process_log":"l","marker_file":"m"}""", "$.timeout")]
    [InlineData("""{"args":["true"],"grace_period":-1000,"process_log":"l","marker_file":"m"}""", "\"grace_period\"")]
    [InlineData("", "ENTRYPOINT_OPTIONS is empty")]
    public void Parse_InvalidDocument_NamesTheField(string json, string expected)
    {
        var error = Assert.Throws<OptionsParseException>(() => EntrypointOptionsParser.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
