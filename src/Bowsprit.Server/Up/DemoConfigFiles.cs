namespace Bowsprit.Server.Up;

/// <summary>
/// The demo's Prow configuration under <c>DIR/config/</c>: written on first start, then the user's to edit. When
/// the forge or deck moved to another port since, the old URLs in them are replaced by the new ones.
/// </summary>
internal sealed record DemoConfigFiles(string ConfigPath, string JobConfigPath, string PluginConfig)
{
    public static DemoConfigFiles Write(string dataDir, DemoState state, string forgeUrl, string deckUrl)
    {
        var dir = Path.Combine(dataDir, "config");
        var files = new DemoConfigFiles(Path.Combine(dir, "config.yaml"), Path.Combine(dir, "jobs"), Path.Combine(dir, "plugins.yaml"));
        Directory.CreateDirectory(files.JobConfigPath);
        var jobs = Path.Combine(files.JobConfigPath, $"{DemoRepository.Repo}.yaml");
        WriteOrUpdate(files.ConfigPath, DemoRepository.Config(deckUrl), state.DeckUrl, deckUrl);
        WriteOrUpdate(jobs, DemoRepository.Jobs(forgeUrl), state.ForgeUrl, forgeUrl);
        WriteOrUpdate(files.PluginConfig, DemoRepository.Plugins, null, null);
        return files;
    }

    private static void WriteOrUpdate(string path, string content, string? oldUrl, string? newUrl)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, content);
            return;
        }

        if (!string.IsNullOrEmpty(oldUrl) && newUrl is not null && oldUrl != newUrl)
        {
            var text = File.ReadAllText(path);
            if (text.Contains(oldUrl, StringComparison.Ordinal))
            {
                File.WriteAllText(path, text.Replace(oldUrl, newUrl, StringComparison.Ordinal));
            }
        }
    }
}
