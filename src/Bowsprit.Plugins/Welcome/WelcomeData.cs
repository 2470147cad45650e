namespace Bowsprit.Plugins.Welcome;

/// <summary>What a welcome template can use (Prow's field names, so existing templates render unchanged).</summary>
public sealed record WelcomeData(string AuthorLogin, string AuthorName, string Repo, string Org);
