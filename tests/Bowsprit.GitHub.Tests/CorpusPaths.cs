namespace Bowsprit.GitHub.Tests;

/// <summary>The shared corpus next to the repository; tests fail loudly when it is missing.</summary>
internal static class CorpusPaths
{
    public static string Webhooks
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bowsprit.slnx")))
                {
                    var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "webhooks"));
                    Assert.True(Directory.Exists(path), $"The shared corpus is missing: expected {path} (../shared/corpus/webhooks from the repository root).");
                    return path;
                }
            }

            throw new InvalidOperationException("Bowsprit.slnx not found");
        }
    }
}
