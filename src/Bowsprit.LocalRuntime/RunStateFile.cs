using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Runtime;

namespace Bowsprit.LocalRuntime;

/// <summary>
/// <c>logs/run.json</c> in a run's workspace (in <c>logs/</c> because that directory is read-only to a sandboxed job): what a restarted Bowsprit needs to report the run (phase, times, the
/// process id to check or kill, the exit code).
/// </summary>
internal sealed record RunStateFile
{
    public const string FileName = "run.json";

    private const string StateDirectory = "logs";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter<JobRunPhase>() },
    };

    [JsonPropertyName("job")] public required string JobName { get; init; }

    [JsonPropertyName("phase")] public JobRunPhase Phase { get; init; }

    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("started_at")] public DateTimeOffset? StartedAt { get; init; }

    [JsonPropertyName("finished_at")] public DateTimeOffset? FinishedAt { get; init; }

    [JsonPropertyName("exit_code")] public int? ExitCode { get; init; }

    [JsonPropertyName("message")] public string? Message { get; init; }

    [JsonPropertyName("node")] public string? Node { get; init; }

    /// <summary>The job's process (the sandbox when sandboxed); null until it started.</summary>
    [JsonPropertyName("pid")] public int? Pid { get; init; }

    public static RunStateFile From(JobRun run, int? pid) => new()
    {
        JobName = run.JobName,
        Phase = run.Phase,
        CreatedAt = run.CreatedAt,
        StartedAt = run.StartedAt,
        FinishedAt = run.FinishedAt,
        ExitCode = run.ExitCode,
        Message = run.Message,
        Node = run.Node,
        Pid = pid,
    };

    public JobRun ToJobRun() => new(JobName, Phase, CreatedAt, StartedAt, FinishedAt, ExitCode, Message, Node);

    public static async Task<RunStateFile?> ReadAsync(string workspace, CancellationToken ct)
    {
        var path = Path.Combine(workspace, StateDirectory, FileName);
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
            return JsonSerializer.Deserialize<RunStateFile>(bytes, Json);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The run's process: recorded in the state, else the pid written as it started; null if it never started.</summary>
    public int? ProcessId(string workspace)
    {
        if (Pid is { } pid)
        {
            return pid;
        }

        try
        {
            return int.TryParse(File.ReadAllText(new RunWorkspace(workspace).PidFile).Trim(), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var written) ? written : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Temp file and rename, so a crash mid-write never leaves a torn state file.</summary>
    /// <remarks>Synchronous: for a file this small the async file path cost more CPU than the write itself.</remarks>
    public void Write(string workspace)
    {
        var path = Path.Combine(workspace, StateDirectory, FileName);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}
