using Bowsprit.Server.Up;

namespace Bowsprit.Cli.Commands;

/// <summary>
/// <c>bowsprit forge</c> verbs run next to <c>bowsprit up</c> in demo mode default to its forge and act as its demo
/// user, so the README's commands need no URL or token: read from <c>./.bowsprit/endpoints.json</c> (or the data
/// dir in <c>BOWSPRIT_DATADIR</c>).
/// </summary>
internal sealed record UpDemoDefaults(string ForgeUrl, string? UserToken)
{
    public static UpDemoDefaults? Find()
    {
        try
        {
            var dataDir = Environment.GetEnvironmentVariable(UpSettings.EnvironmentPrefix + "DATADIR") is { Length: > 0 } dir ? dir : new UpOptions().DataDir;
            if (UpEndpoints.Read(dataDir) is not { Forge: { } forge } endpoints)
            {
                return null;
            }

            var token = endpoints.Demo?.UserTokenFile is { } file && File.Exists(file) ? File.ReadAllText(file).Trim() : null;
            return new UpDemoDefaults(forge.Base, token);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
