using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace Bowsprit.Server.Up;

/// <summary>Flattens a YAML document into configuration keys (<c>a:b</c> for nesting, <c>a:0</c> for sequences).</summary>
internal sealed class YamlConfigurationProvider(string path) : ConfigurationProvider
{
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                try
                {
                    stream.Load(reader);
                }
                catch (YamlDotNet.Core.YamlException e)
                {
                    throw new InvalidOperationException($"{path}: {e.Message}", e);
                }
            }

            if (stream.Documents.Count > 0)
            {
                Flatten(stream.Documents[0].RootNode, null, data);
            }
        }

        Data = data;
    }

    private static void Flatten(YamlNode node, string? prefix, Dictionary<string, string?> data)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, prefix is null ? name : ConfigurationPath.Combine(prefix, name), data);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], ConfigurationPath.Combine(prefix ?? "", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), data);
                }

                break;
            case YamlScalarNode scalar when prefix is not null:
                data[prefix] = scalar.Value;
                break;
        }
    }
}
