namespace Bowsprit.Forge.Tests.Webhooks;

/// <summary>
/// Real GitHub webhook payloads in <c>../shared/corpus/webhooks/&lt;event&gt;/</c> (next to the repository root):
/// <c>&lt;action&gt;[.variant].payload.json</c> per action, or <c>[variant.]payload.json</c> for events without actions.
/// </summary>
public static class WebhookCorpus
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Directory => Root.Value;

    /// <summary>The example files for an event and action (empty when the corpus has none for that action).</summary>
    public static IReadOnlyList<string> Files(string eventName, string? action)
    {
        var directory = Path.Combine(Directory, eventName);
        if (!System.IO.Directory.Exists(directory))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateFiles(directory, "*.json")
            .Where(f => action is null || Path.GetFileName(f).StartsWith(action + ".", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The union of the key paths of some examples.</summary>
    public static SortedSet<string> Paths(IEnumerable<string> files)
    {
        var union = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            union.UnionWith(PayloadPaths.Of(File.ReadAllBytes(file)));
        }

        return union;
    }

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bowsprit.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            Assert.Fail($"no Bowsprit.slnx above {AppContext.BaseDirectory}: cannot find the repository root, so not the webhook corpus either");
        }

        var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "webhooks"));
        if (!System.IO.Directory.Exists(corpus))
        {
            Assert.Fail($"the webhook corpus is missing: expected real GitHub payloads in {corpus}");
        }

        return corpus;
    }
}
