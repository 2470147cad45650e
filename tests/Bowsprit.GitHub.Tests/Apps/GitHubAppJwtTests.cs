using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bowsprit.GitHub.Apps;

namespace Bowsprit.GitHub.Tests.Apps;

public sealed class GitHubAppJwtTests
{
    [Fact]
    public void Create_Signed_VerifiesWithThePublicKeyOnly()
    {
        using var key = RSA.Create(2048);
        using var publicOnly = RSA.Create();
        publicOnly.ImportFromPem(key.ExportSubjectPublicKeyInfoPem());

        var parts = GitHubAppJwt.Create("12345", key, DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000)).Split('.');

        Assert.Equal(3, parts.Length);
        Assert.True(publicOnly.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.DoesNotContain('=', string.Concat(parts));
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        Assert.Equal("RS256", header.RootElement.GetProperty("alg").GetString());
    }

    [Fact]
    public void Create_Claims_IssuerIsAppIdIssuedAMinuteBackExpiringWithinTenMinutes()
    {
        using var key = RSA.Create(2048);
        var now = DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000);

        var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(GitHubAppJwt.Create("12345", key, now).Split('.')[1])).RootElement;

        Assert.Equal("12345", claims.GetProperty("iss").GetString());
        Assert.Equal(1_700_000_000 - 60, claims.GetProperty("iat").GetInt64());
        var exp = claims.GetProperty("exp").GetInt64();
        Assert.InRange(exp - 1_700_000_000, 60, 600);
        Assert.True(exp - claims.GetProperty("iat").GetInt64() <= 600);
    }

    [Fact]
    public async Task ReadAsync_Pkcs1PemFile_LoadsKey_AndNonKeyFileFailsWithPath()
    {
        using var key = RSA.Create(2048);
        var dir = Directory.CreateTempSubdirectory("bowsprit-app-key");
        var good = Path.Combine(dir.FullName, "app.pem");
        var bad = Path.Combine(dir.FullName, "bad.pem");
        await File.WriteAllTextAsync(good, key.ExportRSAPrivateKeyPem(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bad, "not a key", TestContext.Current.CancellationToken);

        var credentials = await GitHubAppCredentials.ReadAsync("7", good, TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GitHubAppCredentials.ReadAsync("7", bad, TestContext.Current.CancellationToken));

        Assert.Equal(key.ExportSubjectPublicKeyInfoPem(), credentials.PrivateKey.ExportSubjectPublicKeyInfoPem());
        Assert.Contains("bad.pem", error.Message, StringComparison.Ordinal);
        dir.Delete(true);
    }
}
