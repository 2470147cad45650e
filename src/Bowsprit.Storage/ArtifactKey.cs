namespace Bowsprit.Storage;

/// <summary>
/// Key rules shared by every store, so a key that works locally also works in a bucket and no key can climb out of
/// the store's root (keys come from job output such as artifact file names).
/// </summary>
public static class ArtifactKey
{
    /// <summary>Returns <paramref name="key"/> if it names an object; throws <see cref="ArgumentException"/> otherwise.</summary>
    public static string Validate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || key.EndsWith('/'))
        {
            throw Invalid(key, "it does not name an object");
        }

        CheckSegments(key);
        return key;
    }

    /// <summary>Turns a directory ("", "a/b" or "a/b/") into the key prefix of its contents ("" or "a/b/").</summary>
    public static string DirectoryPrefix(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var trimmed = directory.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            return directory.Length == 0 ? "" : throw Invalid(directory, "it is absolute");
        }

        CheckSegments(trimmed);
        return trimmed + "/";
    }

    private static void CheckSegments(string key)
    {
        if (key.StartsWith('/') || Path.IsPathRooted(key))
        {
            throw Invalid(key, "it is absolute");
        }

        if (key.Contains('\\', StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal))
        {
            throw Invalid(key, "it contains a backslash or NUL");
        }

        foreach (var segment in key.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw Invalid(key, $"segment '{segment}' is empty, '.' or '..'");
            }
        }
    }

    private static ArgumentException Invalid(string key, string why) =>
        new($"Invalid artifact key '{key}': {why}.", nameof(key));
}
