using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text;
using Bowsprit.Testing;

namespace Bowsprit.Storage.Tests;

/// <summary>
/// One real s3rver on loopback shared by the S3 tests, bucket <c>artifacts</c>; tests isolate themselves by key
/// prefix. A class fixture rather than an assembly fixture, so a missing s3rver fails only the S3 tests. node is run directly (not npx) so the one PID we kill is the server itself.
/// </summary>
public sealed partial class S3rverFixture : IAsyncLifetime
{
    public const string Bucket = "artifacts";

    private readonly string _dataDirectory = Path.Join(Path.GetTempPath(), "bowsprit-s3rver-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _process;

    public string Endpoint { get; private set; } = "";

    /// <summary>A credentials file in Prow's s3-credentials shape; s3rver accepts its fixed S3RVER key pair.</summary>
    public string CredentialsFile => Path.Join(_dataDirectory, "credentials.json");

    public async ValueTask InitializeAsync()
    {
        var root = RepoRoot.Find();
        var toolDirectory = Path.Join(root, "eng", "tools", "s3rver");
        var script = Path.Join(toolDirectory, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"s3rver is not installed ({script} is missing). Run: (cd {toolDirectory} && npm ci --no-audit --no-fund)");
        }

        Directory.CreateDirectory(_dataDirectory);
        await File.WriteAllTextAsync(CredentialsFile, """{"access_key": "S3RVER", "secret_key": "S3RVER"}""")
            .ConfigureAwait(false);

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "-d", _dataDirectory, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", Bucket },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        // Both pipes are drained for the server's whole life so its request logging can never block it.
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"s3rver exited:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            Endpoint = await listening.Task.WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"s3rver did not report its port within 15 s:\n{Output}", e);
        }
    }

    public Task<S3ArtifactStore> CreateStoreAsync(string prefix, TimeProvider timeProvider, CancellationToken ct) =>
        S3ArtifactStore.CreateAsync(
            new S3StorageOptions
            {
                Endpoint = Endpoint,
                Bucket = Bucket,
                Prefix = prefix,
                CredentialsFile = CredentialsFile,
                LogUploadInterval = TimeSpan.FromSeconds(10),
            },
            timeProvider,
            ct);

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }

            _process.Dispose();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    private void OnLine(string? line, TaskCompletionSource<string> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult($"http://127.0.0.1:{match.Groups[1].Value}");
        }
    }

    [GeneratedRegex(@"S3rver listening on 127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
