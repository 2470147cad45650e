using System.Text.Json;
using Bowsprit.Core.Api;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>Reads <c>CLONEREFS_OPTIONS</c> and rejects documents clonerefs cannot act on.</summary>
public static class ClonerefsOptionsParser
{
    public const string EnvironmentVariable = "CLONEREFS_OPTIONS";

    public static ClonerefsOptions Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new OptionsParseException($"{EnvironmentVariable} is empty");
        }

        ClonerefsOptions options;
        try
        {
            // ProwJson reads Refs the way Prow writes them (case-insensitive keys, Go's shapes).
            options = ProwJson.Deserialize<ClonerefsOptions>(json);
        }
        catch (JsonException e)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: invalid value at {e.Path ?? "$"}: {e.Message}", e);
        }

        if (string.IsNullOrEmpty(options.SrcRoot))
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"src_root\" is required");
        }

        if (string.IsNullOrEmpty(options.Log))
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"log\" is required");
        }

        for (var i = 0; i < options.Refs.Count; i++)
        {
            var refs = options.Refs[i];
            if (string.IsNullOrEmpty(refs.Org) || string.IsNullOrEmpty(refs.Repo))
            {
                throw new OptionsParseException($"{EnvironmentVariable}: \"refs[{i}]\" needs \"org\" and \"repo\"");
            }

            if (string.IsNullOrEmpty(refs.BaseRef))
            {
                throw new OptionsParseException($"{EnvironmentVariable}: \"refs[{i}].base_ref\" is required");
            }
        }

        return options;
    }
}
