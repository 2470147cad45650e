using System.Text.RegularExpressions;

namespace Bowsprit.Deck.Tests.Support;

/// <summary>An HTTP client that keeps cookies like a browser, plus the form token deck put on the last page.</summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = true };

    public Browser() => Http = new HttpClient(_handler);

    public HttpClient Http { get; }

    public async Task<string> GetPageAsync(string url, CancellationToken ct)
    {
        var response = await Http.GetAsync(url, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return body;
    }

    public static string CsrfToken(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no CSRF field on the page");

    public async Task<(int Status, string Body)> PostAsync(string url, string? csrf, CancellationToken ct, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(csrf is null ? [] : new Dictionary<string, string> { ["csrf_token"] = csrf }),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        var response = await Http.SendAsync(request, ct);
        return ((int)response.StatusCode, (await response.Content.ReadAsStringAsync(ct)).Trim());
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"csrf_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
