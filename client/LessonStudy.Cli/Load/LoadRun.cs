using LessonStudy.Client;
using LessonStudy.Client.Api;
using LessonStudy.Crdt;

namespace LessonStudy.Cli.Load;

/// <summary>
/// One load run: signs in N×M development users, creates N documents and shares each with its M
/// editors, connects every editor (one connection each), lets them type for the warm-up and the
/// measured window, then waits until everything is saved and delivered and reports.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, TextWriter progress)
{
    private const int SetupParallelism = 16;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    private readonly TimeProvider time = TimeProvider.System;
    private readonly Percentiles ackLatency = new();
    private long acknowledged;
    private volatile bool measuring;

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var table = new PeerLatencyTable(time);
        using var http = new HttpClient { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(60) };
        var api = new LessonStudyApi(http);
        var run = Guid.NewGuid().ToString("N")[..8];
        progress.WriteLine($"signing in {settings.Connections} users and creating {settings.Documents} documents (run {run}) ...");
        var tokens = await SignInAsync(api, run, cancellationToken);
        var documents = await CreateDocumentsAsync(api, run, tokens, cancellationToken);

        progress.WriteLine($"connecting {settings.Connections} editors ...");
        var editors = await ConnectAsync(tokens, documents, table, cancellationToken);
        await using var sampler = settings.ServerPid is { } pid ? ServerProcessSampler.Start(pid) : null;
        try
        {
            using var stopTyping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var typing = editors.Select(e => e.TypeAsync(settings.Rate, time, stopTyping.Token)).ToArray();
            progress.WriteLine($"warming up for {settings.Warmup.TotalSeconds:0.#} s ...");
            await Task.Delay(settings.Warmup, time, cancellationToken);

            var editsBefore = editors.Sum(e => e.Edits);
            sampler?.Restart();
            table.Measuring = true;
            measuring = true;
            var start = time.GetTimestamp();
            progress.WriteLine($"measuring for {settings.Duration.TotalSeconds:0.#} s ...");
            await Task.Delay(settings.Duration, time, cancellationToken);
            table.Measuring = false;
            measuring = false;
            var measured = time.GetElapsedTime(start);
            var ackedInWindow = Interlocked.Read(ref acknowledged);
            var edits = editors.Sum(e => e.Edits) - editsBefore;
            var server = sampler?.Finish();
            await stopTyping.CancelAsync();
            await Task.WhenAll(typing);

            progress.WriteLine("waiting until every edit is saved and delivered ...");
            var expected = (long)table.TimedEdits * (settings.Editors - 1);
            var allSaved = await SettleAsync(editors, table, expected, cancellationToken);
            var converged = editors.GroupBy(e => e.Document).Count(g => g.Select(e => e.Session.ReadContent()).Distinct().Count() == 1);
            return new LoadReport(
                settings.Documents,
                settings.Editors,
                settings.Rate,
                Math.Round(measured.TotalSeconds, 2),
                settings.Warmup.TotalSeconds,
                settings.Seed,
                edits,
                table.TimedEdits,
                expected,
                table.EditToPeer.Summarize(),
                ackedInWindow,
                Math.Round(ackedInWindow / measured.TotalSeconds, 1),
                ackLatency.Summarize(),
                converged,
                allSaved,
                server);
        }
        finally
        {
            await Parallel.ForEachAsync(editors, new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism }, (e, _) => e.DisposeAsync());
        }
    }

    private async Task<string[,]> SignInAsync(LessonStudyApi api, string run, CancellationToken cancellationToken)
    {
        var tokens = new string[settings.Documents, settings.Editors];
        var all = Enumerable.Range(0, settings.Connections);
        await Parallel.ForEachAsync(all, Limited(cancellationToken), async (i, ct) =>
        {
            var (d, e) = (i / settings.Editors, i % settings.Editors);
            tokens[d, e] = await api.GetDevTokenAsync(UserId(run, d, e), $"Load {d}.{e}", ct);
        });
        return tokens;
    }

    private async Task<string[]> CreateDocumentsAsync(LessonStudyApi api, string run, string[,] tokens, CancellationToken cancellationToken)
    {
        var documents = new string[settings.Documents];
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.Documents), Limited(cancellationToken), async (d, ct) =>
        {
            documents[d] = await api.CreateDocumentAsync(tokens[d, 0], $"load {run} #{d}", ct);
            for (var e = 1; e < settings.Editors; e++)
            {
                await api.ShareAsync(tokens[d, 0], documents[d], UserId(run, d, e), canEdit: true, ct);
            }
        });
        return documents;
    }

    private async Task<LoadEditor[]> ConnectAsync(string[,] tokens, string[] documents, PeerLatencyTable table, CancellationToken cancellationToken)
    {
        var editors = new LoadEditor[settings.Connections];
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.Connections), Limited(cancellationToken), async (i, ct) =>
        {
            var (d, e) = (i / settings.Editors, i % settings.Editors);
            var client = await CollabClient.ConnectAsync(CollabClientOptions.For(settings.Url, tokens[d, e]), ct);
            var doc = new Doc();
            doc.Update += (update, origin, _) => table.OnUpdate(update, origin);
            var session = await client.JoinAsync(documents[d], doc, ct);
            session.UpdateAcknowledged += OnAcknowledged;
            editors[i] = new LoadEditor(d, client, session, new Random(HashCode.Combine(settings.Seed, i)));
        });
        return editors;
    }

    /// <summary>Waits (bounded) until every editor's edits are acknowledged and every timed edit reached every peer.</summary>
    private static async Task<bool> SettleAsync(LoadEditor[] editors, PeerLatencyTable table, long expected, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SettleTimeout);
        try
        {
            await Task.WhenAll(editors.Select(e => e.Session.WhenSavedAsync(timeout.Token)));
            while (table.EditToPeer.Count < expected)
            {
                await Task.Delay(50, timeout.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return editors.All(e => !e.Session.HasUnacknowledgedChanges);
        }
    }

    private void OnAcknowledged(TimeSpan age)
    {
        if (measuring)
        {
            Interlocked.Increment(ref acknowledged);
            ackLatency.Add(age.TotalMilliseconds);
        }
    }

    private static ParallelOptions Limited(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = SetupParallelism, CancellationToken = cancellationToken };

    private static string UserId(string run, int document, int editor) => $"load-{run}-{document}-{editor}";
}
