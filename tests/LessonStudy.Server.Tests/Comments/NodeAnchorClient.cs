using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LessonStudy.Contracts.LessonStudy;
using LessonStudy.TestKit;

namespace LessonStudy.Server.Tests.Comments;

/// <summary>
/// Runs <c>tests/interop/anchor.mjs</c>: the real yjs in Node joins the plan's document through the hub, encodes an
/// anchor on a quote as yjs does, and edits around it. Its packages come from <c>npm ci</c> in tests/interop (test.sh).
/// </summary>
internal static class NodeAnchorClient
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "interop");

    /// <summary>Runs the script; <paramref name="ops"/> as in its header (<c>head=S</c>, <c>before=S</c>, <c>inside=S</c>, <c>after=S</c>, <c>delete</c>).</summary>
    public static async Task<NodeAnchorResult> RunAsync(FeedbackServer server, string userId, string documentId, string quote, params string[] ops)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "yjs")))
        {
            throw new InvalidOperationException($"Run `npm ci` in {Folder} first (test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "anchor.mjs", "--url", server.Server.BaseAddress.ToString(), "--token", await server.TokenAsync(userId), "--document", documentId, "--quote", quote })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var op in ops)
        {
            start.ArgumentList.Add("--op");
            start.ArgumentList.Add(op);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(FeedbackServer.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"anchor.mjs did not finish within {FeedbackServer.Timeout}; stderr: {await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"anchor.mjs exited with {process.ExitCode}: {await stderr}");
        }

        var line = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        return JsonSerializer.Deserialize<NodeAnchorResult>(line, JsonOptions) ?? throw new InvalidOperationException($"anchor.mjs printed no result: {line}");
    }
}

/// <summary>What <c>anchor.mjs</c> prints: the text after its edits, and the quote's index and anchor before them.</summary>
internal sealed record NodeAnchorResult(string Text, int Index, string Start, string End)
{
    public CommentAnchorRequest Anchor(string quote) => new(Start, End, quote);
}
