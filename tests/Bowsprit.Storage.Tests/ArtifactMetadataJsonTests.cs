using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.Storage.Tests;

public sealed class ArtifactMetadataJsonTests
{
    [Fact]
    public void Serialize_FullStarted_UsesProwFieldNames()
    {
        var started = new Started
        {
            Timestamp = 1_700_000_000,
            Node = "node-1",
            Pull = "master:abc,12:def",
            Repos = new Dictionary<string, string> { ["acme/widgets"] = "master:abc,12:def" },
            RepoVersion = "merged",
            RepoCommit = "merged",
            Metadata = new JsonObject { ["uploader"] = "initupload" },
        };

        var json = JsonNode.Parse(ArtifactMetadataJson.Serialize(started))!.AsObject();

        Assert.Equal(["timestamp", "node", "pull", "repos", "repo-version", "repo-commit", "metadata"],
            json.Select(p => p.Key));
        Assert.Equal(1_700_000_000, json["timestamp"]!.GetValue<long>());
        Assert.Equal("master:abc,12:def", json["repos"]!["acme/widgets"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_MinimalStarted_OmitsUnsetFields() =>
        Assert.Equal("""{"timestamp":5}""", Compact(ArtifactMetadataJson.Serialize(new Started { Timestamp = 5 })));

    [Fact]
    public void Serialize_Finished_AlwaysWritesPassedAndOmitsTheRest()
    {
        Assert.Equal("""{"passed":null}""", Compact(ArtifactMetadataJson.Serialize(new Finished())));

        var full = new Finished
        {
            Timestamp = 9, Passed = false, Result = "FAILURE", Revision = "def",
            Metadata = new JsonObject { ["sidecar-errors"] = new JsonObject() },
        };
        Assert.Equal("""{"timestamp":9,"passed":false,"result":"FAILURE","revision":"def","metadata":{"sidecar-errors":{}}}""",
            Compact(ArtifactMetadataJson.Serialize(full)));
    }

    [Fact]
    public void Read_ProwWrittenFiles_ParsesEveryField()
    {
        var started = ArtifactMetadataJson.ReadStarted("""
            {"timestamp": 1, "pull": "12", "repos": {"a/b": "main"}, "repo-version": "v", "repo-commit": "c",
             "node": "n", "metadata": {"k": [1, 2]}}
            """u8);
        Assert.Equal(("12", "main", "v", "c", "n"), (started.Pull, started.Repos!["a/b"], started.RepoVersion, started.RepoCommit, started.Node));
        Assert.Equal(2, started.Metadata!["k"]!.AsArray().Count);

        var finished = ArtifactMetadataJson.ReadFinished("""{"timestamp": 2, "passed": true, "result": "SUCCESS", "revision": "r"}"""u8);
        Assert.Equal(new Finished { Timestamp = 2, Passed = true, Result = "SUCCESS", Revision = "r" }, finished);
    }

    private static string Compact(byte[] json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
