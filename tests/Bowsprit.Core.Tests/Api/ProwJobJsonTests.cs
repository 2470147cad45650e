using System.Text.Json.Nodes;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Tests.Api;

public sealed class ProwJobJsonTests
{
    public static TheoryData<string> Documents =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "prowjobs"), "*.json").Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void RoundTrip_KubectlDocument_IsUnchanged(string file)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "prowjobs", file));

        var job = ProwJson.Deserialize<ProwJob>(original);
        var written = ProwJson.Serialize(job);

        var expected = JsonNode.Parse(original);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"round trip of {file} changed it:\n{written}");
    }

    [Fact]
    public void Deserialize_Presubmit_ReadsTypedFields()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "prowjobs", "presubmit-pending.json"));

        var job = ProwJson.Deserialize<ProwJob>(json);

        Assert.Equal(ProwJobType.Presubmit, job.Spec.Type);
        Assert.Equal(ProwJobState.Pending, job.Status.State);
        Assert.Equal(12345, job.Spec.Refs!.Pulls![0].Number);
        Assert.Equal(TimeSpan.FromHours(3), job.Spec.DecorationConfig!.Timeout);
        Assert.False(job.Spec.DecorationConfig.SkipCloning);
        Assert.Equal("29Gi", job.Spec.PodSpec!.Containers[0].Resources.Requests["memory"].ToString());
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 14, 2, TimeSpan.Zero), job.Status.StartTime);
        Assert.Equal(ProwJobState.Pending, job.Status.PrevReportStates!["github-reporter"]);
        Assert.False(job.IsComplete);
        Assert.Equal("main:8d1e8b5f6c8a2c0b7f9e3a1d4c5b6a7980112233,12345:f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed", job.Spec.Refs.ToString());
    }

    [Fact]
    public void Serialize_EmptyJob_OmitsEmptyFieldsLikeGo()
    {
        var job = new ProwJob
        {
            Metadata = new() { Name = "x" },
            Spec = new ProwJobSpec { Type = ProwJobType.Presubmit, Job = "j", Refs = new Refs { Pulls = [new Pull { Number = 1 }] } },
        };

        var node = JsonNode.Parse(ProwJson.Serialize(job))!;

        var spec = node["spec"]!.AsObject();
        Assert.Equal(["job", "refs", "type"], spec.Select(static p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("""{"org":"","repo":"","pulls":[{"number":1,"author":"","sha":""}]}""", spec["refs"]!.ToJsonString());
        Assert.Equal("""{"startTime":null}""", node["status"]!.ToJsonString());
    }

    [Fact]
    public void Serialize_PointerFields_KeepExplicitFalse()
    {
        var config = new DecorationConfig { SkipCloning = false, GcsCredentialsSecret = "", Timeout = TimeSpan.FromMinutes(90) };

        var json = ProwJson.Serialize(config);

        Assert.Equal("""{"timeout":"1h30m0s","gcs_credentials_secret":"","skip_cloning":false}""", json);
    }

    [Fact]
    public void Deserialize_KeysAreCaseInsensitiveLikeEncodingJson()
    {
        var job = ProwJson.Deserialize<ProwJob>("""{"Spec":{"Type":"periodic","JOB":"x"},"status":{"State":"error"}}""");

        Assert.Equal(ProwJobType.Periodic, job.Spec.Type);
        Assert.Equal("x", job.Spec.Job);
        Assert.Equal(ProwJobState.Error, job.Status.State);
    }

    [Fact]
    public void RoundTrip_ProwJobList_KeepsItems()
    {
        var json = """{"apiVersion":"prow.k8s.io/v1","kind":"ProwJobList","metadata":{"resourceVersion":"10"},"items":[{"apiVersion":"prow.k8s.io/v1","kind":"ProwJob","metadata":{"name":"a"},"spec":{"type":"periodic","job":"p"},"status":{"startTime":"2026-01-01T00:00:00Z","state":"triggered"}}]}""";

        var list = ProwJson.Deserialize<ProwJobList>(json);

        Assert.Single(list.Items);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(ProwJson.Serialize(list))));
    }
}
