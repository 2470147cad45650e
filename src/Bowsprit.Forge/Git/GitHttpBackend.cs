using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Forge.Git;

/// <summary>
/// Runs <c>git http-backend</c> as a CGI program for one request: the request body streams to its stdin, its stdout
/// is parsed for CGI headers (up to the blank line) and the rest streams back as the response body.
/// </summary>
internal sealed class GitHttpBackend(GitRepositoryStore store)
{
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxErrorBytes = 16 * 1024;

    // Access control is ours (GitHttpOptions.Authorize), so http-backend may serve both services. Fetching any
    // reachable sha and partial clone work as on GitHub, and refs/pull/* is read-only like GitHub's hidden refs.
    private static readonly KeyValuePair<string, string>[] BackendConfig =
    [
        new("http.uploadpack", "true"),
        new("http.receivepack", "true"),
        new("uploadpack.allowReachableSHA1InWant", "true"),
        new("uploadpack.allowFilter", "true"),
        new("receive.hideRefs", "refs/pull/"),
    ];

    public async Task RunAsync(HttpContext context, string org, string repo, string tail, string user, ILogger logger, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var environment = new Dictionary<string, string?>
        {
            ["GIT_PROJECT_ROOT"] = store.Root,
            ["GIT_HTTP_EXPORT_ALL"] = "1",
            ["REQUEST_METHOD"] = request.Method,
            // Built from validated names, never from the raw URL, so the path cannot leave the root.
            ["PATH_INFO"] = $"/{org}/{repo}.git/{tail}",
            ["QUERY_STRING"] = request.QueryString.HasValue ? request.QueryString.Value![1..] : "",
            ["CONTENT_TYPE"] = request.ContentType ?? "",
            ["CONTENT_LENGTH"] = request.ContentLength?.ToString(CultureInfo.InvariantCulture),
            // git gzips larger fetch negotiations; http-backend inflates them when told.
            ["HTTP_CONTENT_ENCODING"] = request.Headers.ContentEncoding.Count > 0 ? request.Headers.ContentEncoding.ToString() : null,
            // Protocol v2 is negotiated by the Git-Protocol header, which CGI passes on as GIT_PROTOCOL.
            ["GIT_PROTOCOL"] = request.Headers.TryGetValue("Git-Protocol", out var protocol) ? protocol.ToString() : null,
            ["REMOTE_ADDR"] = context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1",
            ["REMOTE_USER"] = user,
        };
        var startInfo = store.Git.CreateStartInfo(
            ["http-backend"],
            new GitRunOptions { WorkingDirectory = store.Root, Environment = environment, Config = BackendConfig });

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("git http-backend did not start.");
        var error = ReadLimitedAsync(process.StandardError.BaseStream);
        Task input;
        await using (cancellationToken.Register(() => GitRunner.KillTree(process)))
        {
            input = CopyRequestAsync(request.Body, process.StandardInput.BaseStream, process, cancellationToken);
            try
            {
                if (!await CopyResponseAsync(process.StandardOutput.BaseStream, context.Response, cancellationToken))
                {
                    GitRunner.KillTree(process);
                }
            }
            catch
            {
                GitRunner.KillTree(process);
                throw;
            }
            finally
            {
                await input;
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        var errorText = await error;
        if (process.ExitCode != 0)
        {
            GitHttpLog.BackendFailed(logger, org, repo, process.ExitCode, errorText);
        }
    }

    private static async Task CopyRequestAsync(Stream body, Stream stdin, Process process, CancellationToken cancellationToken)
    {
        try
        {
            await body.CopyToAsync(stdin, cancellationToken);
        }
        catch (IOException) when (process.HasExited)
        {
            // http-backend answered without reading everything (an error response); nothing more to send.
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away mid-request: stop git so a half-read pack is never acted upon.
            GitRunner.KillTree(process);
        }
        finally
        {
            try
            {
                stdin.Close();
            }
            catch (IOException)
            {
                // The pipe is already broken because git exited.
            }
        }
    }

    /// <summary>Streams the CGI response; false (and a 502) when git never produced a complete header.</summary>
    private static async Task<bool> CopyResponseAsync(Stream stdout, HttpResponse response, CancellationToken cancellationToken)
    {
        using var header = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var bodyStart = -1;
        while (bodyStart < 0)
        {
            var read = await stdout.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            await header.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bodyStart = FindBodyStart(header.GetBuffer().AsSpan(0, (int)header.Length));
            if (bodyStart < 0 && header.Length > MaxHeaderBytes)
            {
                break;
            }
        }

        if (bodyStart < 0)
        {
            response.StatusCode = StatusCodes.Status502BadGateway;
            return false;
        }

        var bytes = header.GetBuffer();
        ApplyHeaders(Encoding.ASCII.GetString(bytes, 0, bodyStart), response);
        await response.Body.WriteAsync(bytes.AsMemory(bodyStart, (int)header.Length - bodyStart), cancellationToken);
        await stdout.CopyToAsync(response.Body, cancellationToken);
        return true;
    }

    /// <summary>The offset just after the blank line that ends CGI headers ("\r\n\r\n" or "\n\n"), or -1.</summary>
    internal static int FindBodyStart(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != '\n')
            {
                continue;
            }

            if (i + 1 < data.Length && data[i + 1] == '\n')
            {
                return i + 2;
            }

            if (i + 2 < data.Length && data[i + 1] == '\r' && data[i + 2] == '\n')
            {
                return i + 3;
            }
        }

        return -1;
    }

    private static void ApplyHeaders(string headers, HttpResponse response)
    {
        foreach (var raw in headers.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                // "Status: 404 Not Found"
                var code = value.Split(' ', 2)[0];
                if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
                {
                    response.StatusCode = status;
                }
            }
            else
            {
                response.Headers.Append(name, value);
            }
        }
    }

    private static async Task<string> ReadLimitedAsync(Stream stream)
    {
        // Always drained to the end (a full stderr pipe would block git), but only the start is kept for the log.
        using var kept = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            var room = MaxErrorBytes - (int)kept.Length;
            if (room > 0)
            {
                await kept.WriteAsync(buffer.AsMemory(0, Math.Min(room, read)), CancellationToken.None);
            }
        }

        return Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }
}
