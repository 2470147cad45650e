using System.Text.Json;

namespace Bowsprit.Forge.Tests.Webhooks;

/// <summary>
/// The key paths of a JSON document: every property as a dotted path from the root (<c>pull_request.head.sha</c>),
/// array elements collapsed to <c>[]</c> (<c>pull_request.labels[].name</c>). Nesting, not values, is compared.
/// </summary>
public static class PayloadPaths
{
    public static SortedSet<string> Of(JsonElement root)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(root, "", paths);
        return paths;
    }

    public static SortedSet<string> Of(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return Of(document.RootElement);
    }

    private static void Collect(JsonElement element, string prefix, SortedSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                    paths.Add(path);
                    Collect(property.Value, path, paths);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, prefix + "[]", paths);
                }

                break;
        }
    }
}
