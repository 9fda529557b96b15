using System.Net.Http.Json;
using LessonStudy.Contracts.Access;
using LessonStudy.Contracts.Documents;
using LessonStudy.Server.Tests.Collaboration;
using LessonStudy.TestKit;
using LessonStudy.TestKit.Server;
using Xunit.Abstractions;

namespace LessonStudy.Server.Tests.Durability;

/// <summary>
/// Acknowledged means durable, proven the hard way: the server runs as its own process, writers
/// stream edits, and the test kills the server with SIGKILL at random moments, restarts it on the same
/// storage, and checks that every acknowledged edit is there and that the writers resync.
/// Knobs: CRASH_CYCLES (default 10), CRASH_SEED (default 1).
/// </summary>
public class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledServer_KeepsEveryAcknowledgedEdit_AndWritersResync()
    {
        var cycles = TestKnobs.Int("CRASH_CYCLES", 10);
        var seed = TestKnobs.Int("CRASH_SEED", 1);
        output.WriteLine($"crash test: {cycles} cycles, seed {seed} (CRASH_CYCLES, CRASH_SEED)");
        var random = new Random(seed);
        var port = ServerProcess.FreePort();
        var data = Directory.CreateTempSubdirectory("lessonstudy-crash-").FullName;
        var server = await ServerProcess.StartAsync(port, data);
        var writers = new List<CrashWriter>();
        try
        {
            var (token, documentId) = await CreateDocumentAsync(server.BaseAddress);
            for (var i = 0; i < 3; i++)
            {
                var writer = new CrashWriter($"w{i}-", (ulong)(100 + i), server.BaseAddress, token, documentId);
                await writer.ConnectAsync();
                writers.Add(writer);
            }

            using var stop = new CancellationTokenSource();
            var typing = writers.Select((writer, i) => TypeAsync(writer, new Random(seed * 100 + i), stop.Token)).ToArray();
            for (var cycle = 0; cycle < cycles; cycle++)
            {
                await Task.Delay(random.Next(150, 700));
                await server.KillAsync();
                await server.DisposeAsync();
                await Task.Delay(random.Next(0, 200));
                server = await ServerProcess.StartAsync(port, data);
                foreach (var writer in writers)
                {
                    await writer.ConnectAsync();
                }
            }

            await stop.CancelAsync();
            await Task.WhenAll(typing);
            await server.KillAsync();
            await server.DisposeAsync();
            server = await ServerProcess.StartAsync(port, data);
            foreach (var writer in writers)
            {
                await writer.ConnectAsync();
                await writer.ResyncedAsync();
            }

            await using var reader = await ReaderAsync(server, token, documentId, writers);
            var stored = reader.Text;
            var acknowledged = writers.SelectMany(w => w.Acknowledged).ToList();
            output.WriteLine($"{acknowledged.Count} acknowledged of {writers.Sum(w => w.Written.Count)} written; {stored.Length} characters stored");
            Assert.True(acknowledged.Count > 0, $"seed {seed}: nothing was acknowledged");
            var missing = acknowledged.Where(m => !stored.Contains(m, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"seed {seed}: acknowledged edits lost: {string.Join(", ", missing.Take(10))}");
            var unsynced = writers.SelectMany(w => w.Written).Where(m => !stored.Contains(m, StringComparison.Ordinal)).ToList();
            Assert.True(unsynced.Count == 0, $"seed {seed}: edits not resynced: {string.Join(", ", unsynced.Take(10))}");
            await Eventually.TrueAsync(() => writers.All(w => w.Text == stored), $"seed {seed}: the writers to converge with the server");
        }
        catch
        {
            output.WriteLine($"seed {seed}; server output:\n{server.Output}");
            throw;
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }

            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task TypeAsync(CrashWriter writer, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            writer.Edit(random);
            try
            {
                await Task.Delay(random.Next(2, 15), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<(string Token, string DocumentId)> CreateDocumentAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        using var tokenResponse = await http.PostAsJsonAsync(AccessRoutes.DevToken, new DevTokenRequest("crash", "压力测试"));
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<DevTokenResponse>())!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var created = await http.PostAsJsonAsync(DocumentRoutes.Documents, new CreateDocumentRequest("崩溃测试"));
        created.EnsureSuccessStatusCode();
        return (token, (await created.Content.ReadFromJsonAsync<CreateDocumentResponse>())!.Id);
    }

    private static async Task<CrashWriter> ReaderAsync(ServerProcess server, string token, string documentId, List<CrashWriter> writers)
    {
        var reader = new CrashWriter("reader-", 999, server.BaseAddress, token, documentId);
        await reader.ConnectAsync();
        var expected = writers.SelectMany(w => w.Written).ToList();
        // The assertions name what is missing; this only gives the reader's step 2 time to arrive.
        await Eventually.WaitAsync(() => expected.All(m => reader.Text.Contains(m, StringComparison.Ordinal)));
        return reader;
    }
}
