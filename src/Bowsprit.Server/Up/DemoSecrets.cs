using System.Security.Cryptography;

namespace Bowsprit.Server.Up;

/// <summary>
/// Secrets generated once and kept under <c>DIR/secrets/</c> (directory 0700, files 0600): in demo mode the webhook
/// HMAC token, forge tokens for the bot, the demo user and the forge admin, deck's OAuth app file and cookie
/// secret; in GitHub mode only deck's cookie secret, when sign-in is configured without one.
/// </summary>
internal sealed class DemoSecrets
{
    private readonly string _dir;

    public DemoSecrets(string dataDir)
    {
        _dir = Path.Combine(dataDir, "secrets");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_dir);
            return;
        }

        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(_dir, ownerOnly);
        File.SetUnixFileMode(_dir, ownerOnly); // an existing directory too: it holds tokens
    }

    public string HmacPath => PathOf("hmac");

    public string BotTokenPath => PathOf("bot-token");

    public string UserTokenPath => PathOf("user-token");

    public string AdminTokenPath => PathOf("forge-admin-token");

    public string CookieSecretPath => PathOf("cookie");

    /// <summary>deck's OAuth app file (Prow's format); the forge accepts any client id and secret.</summary>
    public string OAuthConfigPath => PathOf("github-oauth-config.yaml");

    /// <summary>Generates every secret that does not exist yet; existing ones are kept (a restart changes nothing).</summary>
    public void EnsureAll()
    {
        // A bare redirect path: deck resolves it against the request's host, so a new port needs no rewrite.
        Ensure(OAuthConfigPath, () => $"client_id: bowsprit-deck\nclient_secret: {Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20))}\n" +
            "redirect_url: /github-login/redirect\n");
        Ensure(HmacPath, () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        Ensure(BotTokenPath, Token);
        Ensure(UserTokenPath, Token);
        Ensure(AdminTokenPath, Token);
        Ensure(CookieSecretPath, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>GitHub mode generates only deck's cookie secret.</summary>
    public void EnsureCookieSecret() => Ensure(CookieSecretPath, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public static string Read(string path) => File.ReadAllText(path).Trim();

    private static string Token() => "ghp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static void Ensure(string path, Func<string> create)
    {
        if (File.Exists(path))
        {
            return;
        }

        // Created with owner-only permissions from the start: never readable by others, not even briefly.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, new System.Text.UTF8Encoding(false), options);
        writer.Write(create());
    }
}
