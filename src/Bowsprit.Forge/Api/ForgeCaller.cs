using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Api;

/// <summary>Who is calling: the user a token maps to, or nobody.</summary>
public sealed record ForgeCaller(string? Login, string RateKey)
{
    private const string Key = "bowsprit.forge.caller";

    public bool IsAuthenticated => Login is not null;

    public static ForgeCaller Of(HttpContext context) => context.Items[Key] as ForgeCaller ?? new ForgeCaller(null, "anonymous");

    public void Attach(HttpContext context) => context.Items[Key] = this;
}
