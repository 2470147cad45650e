using Microsoft.Extensions.Configuration;

namespace Bowsprit.Server.Up;

/// <summary>An optional YAML file (<c>bowsprit.yaml</c>) as a configuration source; a missing file adds nothing.</summary>
internal sealed class YamlConfigurationSource(string path) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new YamlConfigurationProvider(path);
}
