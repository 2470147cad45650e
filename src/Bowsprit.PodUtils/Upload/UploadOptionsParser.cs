using System.Text.Json;
using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Upload;

/// <summary>Reads the upload part of a pod utility's options document, naming the variable and field on error.</summary>
internal static class UploadOptionsParser
{
    public static T Deserialize<T>(string variable, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new OptionsParseException($"{variable} is empty");
        }

        try
        {
            return ProwJson.Deserialize<T>(json);
        }
        catch (JsonException e)
        {
            throw new OptionsParseException($"{variable}: invalid value at {e.Path ?? "$"}: {e.Message}", e);
        }
    }

    public static void Validate(string variable, UploadOptions options)
    {
        if (options.DryRun)
        {
            return;
        }

        try
        {
            _ = options.Destination();
            _ = options.ToPathStrategy();
        }
        catch (FormatException e)
        {
            throw new OptionsParseException($"{variable}: {e.Message}", e);
        }
        catch (OptionsParseException e)
        {
            throw new OptionsParseException($"{variable}: {e.Message}", e);
        }
    }
}
