namespace Bowsprit.Hook;

/// <summary>hook's process options (Prow's flag names where they exist).</summary>
public sealed class HookOptions
{
    /// <summary><c>--hmac-secret-file</c>: one token, or Prow's YAML of tokens per org/repo.</summary>
    public string HmacSecretFile { get; set; } = "";

    /// <summary>Where the durable inbox lives.</summary>
    public string InboxPath { get; set; } = ".bowsprit/hook/inbox.db";

    /// <summary>Largest accepted delivery; GitHub caps payloads at 25 MB.</summary>
    public long MaxBodyBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Deliveries processed at once; deliveries for the same PR or repo are always processed in order.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>The bot's login (its own comments are ignored).</summary>
    public string BotLogin { get; set; } = "bowsprit-bot";

    /// <summary>How often the inbox is checked for deliveries marked pending by a replay.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long processed deliveries stay available for replay.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
