using System.Text.Json.Serialization;
using Bowsprit.PodUtils.Upload;

namespace Bowsprit.PodUtils.Initupload;

/// <summary><c>INITUPLOAD_OPTIONS</c>: the upload settings, flat as Prow writes them, plus where clonerefs left its records.</summary>
public sealed record InituploadOptions
{
    public const string EnvironmentVariable = "INITUPLOAD_OPTIONS";

    [JsonIgnore] public UploadOptions Upload { get; init; } = new();

    /// <summary>The clone records clonerefs wrote (<c>/logs/clone.json</c>); absent when nothing was cloned.</summary>
    [JsonPropertyName("log")] public string? Log { get; init; }

    public static InituploadOptions Parse(string? json)
    {
        // The document is one flat object that both records read their own keys from.
        var upload = UploadOptionsParser.Deserialize<UploadOptions>(EnvironmentVariable, json);
        UploadOptionsParser.Validate(EnvironmentVariable, upload);
        return UploadOptionsParser.Deserialize<InituploadOptions>(EnvironmentVariable, json) with { Upload = upload };
    }
}
