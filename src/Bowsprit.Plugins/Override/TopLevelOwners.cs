using System.Text;
using Bowsprit.GitHub.Client;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// Approvers of the repository's root OWNERS file (plus the catch-all <c>.*</c> filter of the full format), with
/// OWNERS_ALIASES expanded and logins lower-cased as Prow's owners loader does. No OWNERS file means no approvers.
/// </summary>
internal static class TopLevelOwners
{
    public static async Task<IReadOnlySet<string>> ApproversAsync(GitHubClient gh, string org, string repo, string gitRef, CancellationToken ct)
    {
        var owners = Load(await gh.GetFileAsync(org, repo, "OWNERS", gitRef, ct));
        if (owners is null)
        {
            return new HashSet<string>();
        }

        var names = Strings(owners, "approvers").ToList();
        if (Child(owners, "filters") is YamlMappingNode filters && Child(filters, ".*") is YamlMappingNode all)
        {
            names.AddRange(Strings(all, "approvers"));
        }

        var aliases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (Load(await gh.GetFileAsync(org, repo, "OWNERS_ALIASES", gitRef, ct)) is { } aliasDoc && Child(aliasDoc, "aliases") is YamlMappingNode map)
        {
            foreach (var (key, _) in map.Children)
            {
                aliases[((YamlScalarNode)key).Value ?? ""] = [.. Strings(map, ((YamlScalarNode)key).Value ?? "")];
            }
        }

        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            foreach (var login in aliases.TryGetValue(name, out var members) ? members : [name])
            {
                result.Add(login.TrimStart('@').ToLowerInvariant());
            }
        }

        return result;
    }

    private static YamlMappingNode? Load(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Encoding.UTF8.GetString(bytes)));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            // A broken OWNERS file grants nothing; verify-owners is the plugin that reports it.
            return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<string> Strings(YamlMappingNode node, string key) =>
        Child(node, key) is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0) : [];
}
