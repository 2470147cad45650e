using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>The hooks of one scope: the list they are stored in, the scope tag, and how to mark the change.</summary>
internal sealed record HookSet(List<ForgeHook> Backing, string Scope, Action<ForgeChanges> Touch)
{
    public IEnumerable<ForgeHook> Hooks => Backing.Where(h => h.Scope == Scope);
}
