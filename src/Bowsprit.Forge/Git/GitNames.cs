using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Bowsprit.Forge.Git;

/// <summary>Validation of names that end up in file-system paths or on git's command line.</summary>
internal static class GitNames
{
    public const string ZeroSha = "0000000000000000000000000000000000000000";

    // git's well-known empty tree; every repository can name it without storing it.
    public const string EmptyTreeSha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    /// <summary>
    /// GitHub's rules for owner and repository names, tightened so a name is always exactly one directory below
    /// the root: [A-Za-z0-9_.-], at most 100 characters, not "." or "..", no "..", and no ".git" suffix (GitHub
    /// strips it, and on disk it would make "r.git" and "r.git.git" ambiguous).
    /// </summary>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 100 || name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        if (name == "." || name.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSha(string? value) =>
        value is { Length: 40 } && value.All(char.IsAsciiHexDigitLower);

    /// <summary>A revision or ref name we pass to git as an argument: never option-like, never multi-line.</summary>
    public static bool IsValidRevision([NotNullWhen(true)] string? revision) =>
        !string.IsNullOrEmpty(revision) && revision[0] != '-' && revision.AsSpan().IndexOfAny('\0', '\n', '\r') < 0;

    public static void EnsureRevision(string revision, string parameterName)
    {
        if (!IsValidRevision(revision))
        {
            throw new ArgumentException($"'{revision}' is not a valid revision.", parameterName);
        }
    }

    /// <summary>
    /// A branch name git accepts (<c>git check-ref-format --branch</c>): no control characters, space or
    /// <c>~^:?*[\</c>, no "..", "@{" or "//", no component starting with "." or ending in ".lock", not "@", and
    /// not starting with "-" or ending with "/" or "."; and (for the file system) at most 255 bytes.
    /// </summary>
    public static bool IsValidBranchName([NotNullWhen(true)] string? name)
    {
        if (!IsValidRevision(name) || Encoding.UTF8.GetByteCount(name) > 255 || name is "@" || name.EndsWith('/') || name.EndsWith('.') || name.StartsWith('/')
            || name.Contains("..", StringComparison.Ordinal) || name.Contains("@{", StringComparison.Ordinal) || name.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        return !name.Any(c => char.IsControl(c) || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\')
            && !name.Split('/').Any(part => part.StartsWith('.') || part.EndsWith(".lock", StringComparison.Ordinal));
    }

    public static void EnsureRefName(string name, string parameterName)
    {
        EnsureRevision(name, parameterName);
        if (!name.StartsWith("refs/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a full ref name (refs/...).", parameterName);
        }
    }

    /// <summary>A path inside a tree: relative, no empty, "." or ".." segments, no NUL or newline.</summary>
    public static bool IsValidTreePath([NotNullWhen(true)] string? path) =>
        !string.IsNullOrEmpty(path) && path.AsSpan().IndexOfAny('\0', '\n') < 0 && !path.Split('/').Any(s => s is "" or "." or "..");

    public static void EnsureTreePath(string path, string parameterName)
    {
        if (!IsValidTreePath(path))
        {
            throw new ArgumentException($"'{path}' is not a valid path in a repository.", parameterName);
        }
    }
}
