using System.ComponentModel;
using System.Diagnostics;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Oracle.Tests;

/// <summary>Runs the scripts of <c>tests/oracle</c> (the real yjs) with Node, each bounded by a timeout.</summary>
internal static class NodeOracle
{
    /// <summary>Throws unless <c>npm ci</c> has installed the pinned yjs in <c>tests/oracle/node_modules</c>.</summary>
    public static void EnsureInstalled()
    {
        var yjs = Path.Combine(RepoPaths.Oracle, "node_modules", "yjs", "package.json");
        if (!File.Exists(yjs))
        {
            throw new InvalidOperationException(
                $"The yjs oracle is not installed ({yjs} is missing). Run the repository's test command " +
                "`./test.sh` (it runs `npm ci` in tests/oracle), or `cd tests/oracle && npm ci` once, then run the tests again.");
        }
    }

    /// <summary>
    /// <c>node script args...</c> in <c>tests/oracle</c>. Kills the process tree and throws
    /// <see cref="TimeoutException"/> when it runs longer than <paramref name="timeout"/>.
    /// </summary>
    public static NodeRun Run(string script, IReadOnlyList<string> args, TimeSpan timeout)
    {
        EnsureInstalled();
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Oracle,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        info.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var command = $"node {script} {string.Join(' ', args)}";
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start `{command}`: is Node 20 on the PATH? ({e.Message})", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            throw new TimeoutException($"`{command}` did not finish within {timeout.TotalSeconds:0} s and was killed.");
        }

        // the pipes close when the process exits; bounded anyway in case a grandchild keeps them open
        if (!Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"`{command}` exited but its output did not end within 30 s.");
        }

        return new NodeRun(command, process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }
}

/// <summary>The outcome of one Node script run.</summary>
internal sealed record NodeRun(string Command, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>The <c>FAIL ...</c> lines the oracle scripts print, one per failed check.</summary>
    public IReadOnlyList<string> FailLines =>
        Stdout.Split('\n').Concat(Stderr.Split('\n'))
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith("FAIL ", StringComparison.Ordinal))
            .ToList();

    /// <summary>The last lines of both streams, for messages when a script fails without FAIL lines.</summary>
    public string Tail(int lines = 15)
    {
        static string Last(string text, int n) => string.Join('\n', text.TrimEnd().Split('\n').TakeLast(n));
        return $"`{Command}` exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s\nstdout:\n{Last(Stdout, lines)}\nstderr:\n{Last(Stderr, lines)}";
    }
}
