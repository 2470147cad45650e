namespace Bowsprit.Spyglass.Pages;

/// <summary>
/// The document around spyglass's pages. Spyglass ships a minimal one (<see cref="DefaultPageShell"/>); deck
/// registers its own so job pages share deck's header and navigation.
/// </summary>
public interface ISpyglassPageShell
{
    string Render(SpyglassPage page);
}
