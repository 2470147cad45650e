using System.Text;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Request bodies that are not what a route expects, by name (theory rows stay readable).</summary>
public static class GarbageBodies
{
    /// <summary>Not JSON at all, or JSON of a shape no route takes: GitHub answers 400 "Problems parsing JSON".</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> Malformed = new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        ["unclosed object"] = Utf8("{"),
        ["unclosed array"] = Utf8("[1,2"),
        ["bare string"] = Utf8("\"x\""),
        ["null"] = Utf8("null"),
        ["64 KB of random bytes"] = RandomBytes(64 * 1024, seed: 64),
        ["arrays nested 10,000 deep"] = Utf8(new string('[', 10_000) + new string(']', 10_000)),
        ["objects nested 10,000 deep"] = Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)),
        ["valid JSON then garbage"] = Utf8("{\"title\": \"t\"} trailing"),
        ["unterminated string"] = Utf8("{\"title\": \"never ends"),
        ["single quotes"] = Utf8("{'title': 't'}"),
        ["comment"] = Utf8("/* c */ {\"title\": \"t\"}"),
        ["form encoded"] = Utf8("title=t&body=b"),
    };

    /// <summary>Well-formed JSON that is odd for every route; the forge may accept or reject it, never crash.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> Odd = new Dictionary<string, byte[]>(StringComparer.Ordinal)
    {
        ["empty object"] = Utf8("{}"),
        ["empty array"] = Utf8("[]"),
        ["array of null"] = Utf8("[null]"),
        ["array of numbers"] = Utf8("[1, 2]"),
        ["array of objects"] = Utf8("[{\"x\": 1}, {\"name\": 5}]"),
        ["huge number"] = Utf8("1e400"),
        ["true"] = Utf8("true"),
        ["empty string"] = Utf8("\"\""),
        ["duplicate keys"] = Utf8("{\"title\": \"a\", \"title\": \"b\", \"body\": 1, \"body\": \"c\"}"),
        ["byte order mark"] = [0xEF, 0xBB, 0xBF, .. Utf8("{\"title\": \"t\"}")],
        ["every field null"] = Utf8(
            """{"title": null, "body": null, "name": null, "state": null, "labels": null, "assignees": null, "milestone": null, "head": null, "base": null, "sha": null, "event": null, "config": null, "events": null, "login": null, "files": null, "members": null, "repos": null, "reviewers": null, "comments": null, "query": null, "required_status_checks": null, "restrictions": null}"""),
        ["labels of wrong types"] = Utf8("""{"labels": [1, null, {"name": 5}, {"x": "y"}, ["bug"]], "assignees": [null], "reviewers": [null], "events": [null]}"""),
        ["invalid UTF-8 in a string"] = [.. Utf8("{\"title\": \""), 0xC3, 0x28, 0xFF, .. Utf8("\", \"name\": \"\u00e9\"}")],
        ["lone surrogate"] = Utf8("{\"title\": \"\\uD800\", \"body\": \"\\u0000\", \"name\": \"\\uDFFF\"}"),
    };

    /// <summary>Values a well-formed body might carry in any one field.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldValues = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["null"] = "null",
        ["empty string"] = "\"\"",
        ["option-like string"] = "\"--upload-pack=touch /tmp/pwned\"",
        ["dot-dot path"] = "\"../../etc/passwd\"",
        ["control characters"] = "\"a\\u0000b\\nc\\rd\"",
        ["fraction"] = "1.5",
        ["huge number"] = "1e300",
        ["integer overflow"] = "99999999999999999999",
        ["empty array"] = "[]",
        ["empty object"] = "{}",
        ["array of null"] = "[null]",
        ["array of odd objects"] = "[{\"name\": 5}, {}]",
        ["long string"] = "\"" + new string('x', 100_000) + "\"",
        ["unicode"] = "\"ü😀\\u200b\"",
    };

    /// <summary>
    /// <paramref name="valid"/> with one node (every object property and array element, at any depth, in turn) replaced
    /// by <paramref name="value"/>.
    /// </summary>
    public static IEnumerable<string> WithEachNodeReplaced(string valid, string value)
    {
        var paths = new List<List<object>>();
        Collect(JsonNode.Parse(valid)!, [], paths);
        foreach (var path in paths)
        {
            var root = JsonNode.Parse(valid)!;
            var parent = root;
            foreach (var step in path[..^1])
            {
                parent = step is string key ? parent[key]! : parent[(int)step]!;
            }

            var replacement = JsonNode.Parse(value);
            if (path[^1] is string name)
            {
                parent[name] = replacement;
            }
            else
            {
                parent[(int)path[^1]] = replacement;
            }

            yield return root.ToJsonString();
        }
    }

    private static void Collect(JsonNode node, List<object> path, List<List<object>> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    List<object> childPath = [.. path, key];
                    paths.Add(childPath);
                    if (child is not null)
                    {
                        Collect(child, childPath, paths);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    List<object> childPath = [.. path, i];
                    paths.Add(childPath);
                    if (array[i] is { } child)
                    {
                        Collect(child, childPath, paths);
                    }
                }

                break;
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
