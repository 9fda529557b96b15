using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LessonStudy.TestKit;

namespace LessonStudy.Client.Tests.Interop;

/// <summary>
/// Runs <c>tests/interop/coedit.mjs</c> (a real yjs client in Node) as its own process. Its
/// packages are installed by the test command (<c>npm ci</c> in tests/interop). The process is
/// killed if it outlives its time or the test gives up on it.
/// </summary>
internal sealed class NodeCoeditor : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private NodeCoeditor(Process process)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public static string ScriptFolder => Path.Combine(RepoPaths.Root, "tests", "interop");

    public static NodeCoeditor Start(IEnumerable<string> arguments)
    {
        if (!Directory.Exists(Path.Combine(ScriptFolder, "node_modules", "yjs")))
        {
            throw new InvalidOperationException($"Run `npm ci` in {ScriptFolder} first (test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ScriptFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("coedit.mjs");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new NodeCoeditor(Process.Start(start) ?? throw new InvalidOperationException("node could not be started"));
    }

    /// <summary>Waits for the script to finish and returns its result line.</summary>
    public async Task<NodeResult> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"coedit.mjs did not finish within {timeout}; stderr: {await stderr}");
        }

        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"coedit.mjs exited with {process.ExitCode}: {await stderr}");
        }

        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        return JsonSerializer.Deserialize<NodeResult>(line, JsonOptions)
            ?? throw new InvalidOperationException($"coedit.mjs printed no result: {output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}

/// <summary>What <c>coedit.mjs</c> prints when done.</summary>
internal sealed record NodeResult(string Text, int Edits, int Acknowledged, bool CanEdit);
