namespace Bowsprit.Forge.Git;

public enum GitAccessKind
{
    Allow,

    /// <summary>401 with a Basic challenge, so the git client asks for (or sends its URL's) credentials.</summary>
    Unauthorized,

    Forbidden,

    NotFound,
}
