using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// Sends requests to the forge and checks what must hold for every answer: never a 5xx, and under <c>/api</c> every
/// error is GitHub's error JSON (a <c>message</c> string and a <c>documentation_url</c>). Problems are collected, so
/// one run reports every route that misbehaves.
/// </summary>
public sealed class GarbageProbe(GarbageWorld world)
{
    private readonly List<string> _problems = [];

    public int Sent { get; private set; }

    public async Task<ProbeAnswer> SendAsync(ForgeRoute route, string pathAndQuery, HttpContent? content = null, Action<HttpRequestHeaders>? headers = null, string? method = null)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(new HttpMethod(method ?? route.Method), world.Fixture.BaseUrl + pathAndQuery) { Content = content };
        headers?.Invoke(request.Headers);
        if (GarbageWorld.IsAppRoute(route) && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", world.AppJwt());
        }
        var description = $"{request.Method} {pathAndQuery[..Math.Min(pathAndQuery.Length, 200)]} ({route.Template})";
        using var response = await world.Fixture.Http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Sent++;
        var answer = new ProbeAnswer(description, (int)response.StatusCode, MessageOf(body), body);
        if (answer.Status >= 500)
        {
            _problems.Add("server error: " + answer);
        }
        else if (pathAndQuery.StartsWith("/api/", StringComparison.Ordinal) && answer.Status >= 300 && answer.Status != 304 && !IsGitHubError(body))
        {
            _problems.Add("not GitHub's error shape: " + answer);
        }

        return answer;
    }

    /// <summary>Sends a JSON (or deliberately not-JSON) body with the given content type.</summary>
    public Task<ProbeAnswer> SendBodyAsync(ForgeRoute route, string pathAndQuery, byte[] body, string contentType = "application/json", Action<HttpRequestHeaders>? headers = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return SendAsync(route, pathAndQuery, content, headers);
    }

    public Task<ProbeAnswer> SendBodyAsync(ForgeRoute route, string pathAndQuery, string? body, string contentType = "application/json", Action<HttpRequestHeaders>? headers = null) =>
        body is null ? SendAsync(route, pathAndQuery, null, headers) : SendBodyAsync(route, pathAndQuery, Encoding.UTF8.GetBytes(body), contentType, headers);

    /// <summary>Records a problem unless <paramref name="ok"/>.</summary>
    public void Expect(bool ok, string expectation, ProbeAnswer answer)
    {
        if (!ok)
        {
            _problems.Add($"expected {expectation}: {answer}");
        }
    }

    /// <summary>Fails with every problem seen (and how many requests were sent), if there were any.</summary>
    public void AssertNoProblems()
    {
        Assert.True(Sent > 0, "no requests were sent");
        if (_problems.Count > 0)
        {
            Assert.Fail($"{_problems.Count} problem(s) in {Sent} requests:\n" + string.Join("\n", _problems.Distinct().Take(80)));
        }
    }

    private static bool IsGitHubError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                && root.TryGetProperty("documentation_url", out var docs) && docs.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
