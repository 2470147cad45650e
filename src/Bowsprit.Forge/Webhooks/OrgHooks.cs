using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Webhooks;

/// <summary>
/// Organization hooks are kept with the global ones, scoped by <see cref="ForgeHook.Scope"/> (<c>org:NAME</c>),
/// so one list holds every hook that is not a repository's.
/// </summary>
public static class OrgHooks
{
    public static string Scope(string org) => $"org:{org.ToLowerInvariant()}";

    public static IEnumerable<ForgeHook> Of(ForgeState state, string org) =>
        state.GlobalHooks.Where(h => h.Scope == Scope(org));

    public static IEnumerable<ForgeHook> Global(ForgeState state) => state.GlobalHooks.Where(static h => h.Scope == "global");
}
