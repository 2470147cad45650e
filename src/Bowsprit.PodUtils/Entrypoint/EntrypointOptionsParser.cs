using System.Text.Json;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>Reads <c>ENTRYPOINT_OPTIONS</c> and rejects documents the entrypoint cannot act on.</summary>
public static class EntrypointOptionsParser
{
    public const string EnvironmentVariable = "ENTRYPOINT_OPTIONS";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static EntrypointOptions Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new OptionsParseException($"{EnvironmentVariable} is empty");
        }

        EntrypointOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<EntrypointOptions>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            // System.Text.Json reports the JSON path ("$.timeout"), which names the field for the user.
            throw new OptionsParseException($"{EnvironmentVariable}: invalid value at {e.Path ?? "$"}: {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: invalid duration: {e.Message}", e);
        }

        if (options is null)
        {
            throw new OptionsParseException($"{EnvironmentVariable} is null");
        }

        Validate(options);
        return options;
    }

    private static void Validate(EntrypointOptions options)
    {
        if (options.Args.Count == 0 || string.IsNullOrEmpty(options.Args[0]))
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"args\" must name a command to run");
        }

        if (string.IsNullOrEmpty(options.MarkerFile))
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"marker_file\" is required");
        }

        if (string.IsNullOrEmpty(options.ProcessLog))
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"process_log\" is required");
        }

        if (options.Timeout < TimeSpan.Zero)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"timeout\" must not be negative");
        }

        if (options.GracePeriod < TimeSpan.Zero)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"grace_period\" must not be negative");
        }
    }
}
