using Bowsprit.Deck.Html;
using Bowsprit.Spyglass.Pages;

namespace Bowsprit.Server;

/// <summary>Spyglass's job page inside deck's chrome (navigation, stylesheet), so the two read as one site.</summary>
internal sealed class DeckSpyglassShell(DeckPage deck) : ISpyglassPageShell
{
    public string Render(SpyglassPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return deck.Render(null, page.Title, page.BodyHtml, "jobs", page.Stylesheets, page.Scripts, heading: false);
    }
}
