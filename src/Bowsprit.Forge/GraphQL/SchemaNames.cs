namespace Bowsprit.Forge.GraphQL;

internal static class SchemaNames
{
    /// <summary>A GraphQL name that is not reserved for introspection (no leading "__").</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith("__", StringComparison.Ordinal))
        {
            return false;
        }

        if (!char.IsAsciiLetter(name[0]) && name[0] != '_')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
