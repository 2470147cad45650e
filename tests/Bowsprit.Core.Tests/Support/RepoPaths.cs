namespace Bowsprit.Core.Tests.Support;

/// <summary>Locates the repository root and the shared corpus next to it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus</c> from the repo root; tests fail loudly when it is missing.</summary>
    public static string Corpus
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            if (!Directory.Exists(corpus))
            {
                Assert.Fail($"The shared corpus is missing: expected it at {corpus} (../shared/corpus from the repository root).");
            }

            return corpus;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bowsprit.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bowsprit.slnx not found above {AppContext.BaseDirectory}");
    }
}
