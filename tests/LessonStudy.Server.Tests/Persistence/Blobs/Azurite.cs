using System.Diagnostics;
using System.Text.RegularExpressions;
using LessonStudy.TestKit;

namespace LessonStudy.Server.Tests.Persistence.Blobs;

/// <summary>
/// An Azurite blob service for the Azure store's tests: the one test.sh started (its connection string
/// in LESSONSTUDY_AZURITE_CONNECTION_STRING), or else one started here from infra/local/node_modules and
/// stopped at the end. Neither available → the tests fail, saying how to install it; they never skip.
/// </summary>
public sealed partial class Azurite : IAsyncLifetime
{
    public const string ConnectionStringVariable = "LESSONSTUDY_AZURITE_CONNECTION_STRING";


    private Process? process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var main = Path.Combine(RepoPaths.Root, "infra", "local", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException(
                $"Azurite is needed for the Azure blob store tests and was not found. Install it with `(cd infra/local && npm ci)` " +
                $"(or run ./test.sh, which does), or set {ConnectionStringVariable} to a running Azurite's connection string. Looked for {main}.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            main, "--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence", "--extentMemoryLimit", "256",
            "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
        })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var output = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"Azurite exited before listening: {string.Join(" | ", output)} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
                output.Add(line);
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    ConnectionString = ConnectionStringFor(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"Azurite did not start within 30 s: {string.Join(" | ", output)}");
        }

        // Keep draining its output so it never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
    }

    public async Task DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(timeout.Token);
        }

        process.Dispose();
    }

    /// <summary>Azurite's well-known development account (public and documented, not a secret) on a loopback port.</summary>
    public static string ConnectionStringFor(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    [GeneratedRegex(@"successfully listens on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
