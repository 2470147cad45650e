using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Assign;

/// <summary>
/// Folds every <c>/assign</c>-style command of a comment into who to add and who to remove; a command without
/// logins means the commenter, and a later command about the same login wins.
/// </summary>
internal static class LoginCommands
{
    public static (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) Parse(MatchCollection matches, string commenter)
    {
        var wanted = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (Match match in matches)
        {
            var add = !match.Groups[1].Success;
            var logins = match.Groups[2].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart('@')).Where(l => l.Length > 0).ToList();
            if (logins.Count == 0)
            {
                logins.Add(commenter);
            }

            foreach (var login in logins)
            {
                if (!wanted.ContainsKey(login))
                {
                    order.Add(login);
                }

                wanted[login] = add;
            }
        }

        return ([.. order.Where(l => wanted[l])], [.. order.Where(l => !wanted[l])]);
    }
}
