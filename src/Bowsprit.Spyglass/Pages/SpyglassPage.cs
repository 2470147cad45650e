namespace Bowsprit.Spyglass.Pages;

/// <summary>
/// A rendered page body for the shell to wrap. <see cref="BodyHtml"/> is already encoded; <see cref="Title"/> is
/// plain text. <see cref="Stylesheets"/> and <see cref="Scripts"/> are URLs the page needs.
/// </summary>
public sealed record SpyglassPage(string Title, string BodyHtml, IReadOnlyList<string> Stylesheets, IReadOnlyList<string> Scripts);
