using Microsoft.Extensions.Configuration;

namespace Bowsprit.Server.Up;

/// <summary>
/// Reads <see cref="UpOptions"/>: <c>bowsprit.yaml</c> in the working directory, then the one in the data
/// directory, then <c>BOWSPRIT_*</c> environment variables, then the flags given on the command line.
/// </summary>
public static class UpSettings
{
    public const string FileName = "bowsprit.yaml";

    public const string EnvironmentPrefix = "BOWSPRIT_";

    /// <summary>
    /// <paramref name="flags"/> holds only the flags the user gave, keyed like the file (<c>port</c>, <c>dataDir</c>,
    /// ...); relative paths resolve against <paramref name="workingDirectory"/> (default: the current one).
    /// </summary>
    public static UpOptions Load(IReadOnlyDictionary<string, string?> flags, string? workingDirectory = null)
    {
        var cwdFile = Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), FileName);

        // The data dir can itself come from any layer but the file inside it, so resolve it first.
        var first = Build(cwdFile, null, flags);
        var dataDir = first["dataDir"] is { Length: > 0 } dir ? dir : new UpOptions().DataDir;
        if (workingDirectory is not null && !Path.IsPathRooted(dataDir))
        {
            dataDir = Path.Combine(workingDirectory, dataDir);
        }

        var options = new UpOptions();
        Build(cwdFile, Path.Combine(dataDir, FileName), flags).Bind(options);
        options.DataDir = dataDir;
        return options;
    }

    private static IConfigurationRoot Build(string cwdFile, string? dataDirFile, IReadOnlyDictionary<string, string?> flags)
    {
        var builder = new ConfigurationBuilder().Add(new YamlConfigurationSource(cwdFile));
        if (dataDirFile is not null && !string.Equals(Path.GetFullPath(dataDirFile), Path.GetFullPath(cwdFile), StringComparison.Ordinal))
        {
            builder.Add(new YamlConfigurationSource(dataDirFile));
        }

        return builder
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(flags.Where(static f => f.Value is not null))
            .Build();
    }
}
