using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hook;

/// <summary>The HMAC secret file, reloaded when it changes so tokens rotate without a restart.</summary>
public static class HmacSecretsAgent
{
    public static ConfigAgent<HmacSecrets> Create(string path, TimeProvider time, ILogger logger) =>
        new("hmac-secret", () => HmacSecrets.Parse(File.ReadAllText(path)), () => [path], time, logger);
}
