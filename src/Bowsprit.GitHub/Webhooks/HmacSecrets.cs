using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>
/// Prow's HMAC secret file: either one raw token for everything, or YAML mapping <c>*</c>, an org or an
/// <c>org/repo</c> to a list of <c>{value, created_at}</c> tokens (several allow rotation). For a delivery the
/// most specific key wins and any of its tokens is accepted.
/// </summary>
public sealed class HmacSecrets
{
    private readonly Dictionary<string, IReadOnlyList<string>> _byScope;

    private HmacSecrets(Dictionary<string, IReadOnlyList<string>> byScope) => _byScope = byScope;

    public static HmacSecrets Single(string token) => new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["*"] = [token] });

    /// <summary>Parses the file's text; throws <see cref="FormatException"/> (never echoing secrets) when malformed.</summary>
    public static HmacSecrets Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("the HMAC secret file is empty");
        }

        YamlNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(trimmed));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            // Not YAML: a raw token may contain anything.
        }

        if (root is not YamlMappingNode map)
        {
            return Single(trimmed);
        }

        var byScope = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
        {
            if (value is not YamlSequenceNode list)
            {
                throw new FormatException($"HMAC secret entry \"{key}\" must be a list of {{value, created_at}}");
            }

            var tokens = new List<string>();
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode entry || !entry.Children.TryGetValue(new YamlScalarNode("value"), out var token) || token is not YamlScalarNode { Value: { Length: > 0 } v })
                {
                    throw new FormatException($"HMAC secret entry \"{key}\" has an item without a value");
                }

                tokens.Add(v);
            }

            byScope[((YamlScalarNode)key).Value ?? ""] = tokens;
        }

        return new HmacSecrets(byScope);
    }

    /// <summary>The tokens accepted for a delivery from <paramref name="repoFullName"/> (or just <paramref name="org"/>).</summary>
    public IReadOnlyList<string> For(string? repoFullName, string? org)
    {
        if (repoFullName is not null && _byScope.TryGetValue(repoFullName, out var repoTokens))
        {
            return repoTokens;
        }

        var owner = org ?? repoFullName?.Split('/')[0];
        if (owner is not null && _byScope.TryGetValue(owner, out var orgTokens))
        {
            return orgTokens;
        }

        return _byScope.TryGetValue("*", out var global) ? global : [];
    }
}
