namespace Bowsprit.Testing;

/// <summary>The checkout the tests run from, found by walking up from the test binary to Bowsprit.slnx.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Bowsprit.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Bowsprit.slnx above {AppContext.BaseDirectory}.");
    }
}
