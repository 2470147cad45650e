namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to comment-like text: issue and PR comments, review bodies, review comments, and the bodies of new issues and PRs.</summary>
public interface IGenericCommentHandler
{
    Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct);
}
