using LessonStudy.Client;
using LessonStudy.Client.Documents;
using LessonStudy.Crdt;

namespace LessonStudy.Cli.Load;

/// <summary>One simulated teacher: a connection of their own, one open document, typing at a steady rate.</summary>
internal sealed class LoadEditor(int document, CollabClient client, DocumentSession session, Random random) : IAsyncDisposable
{
    private const string Letters = "的课教学目标重点难点abcdefghij ";
    private int edits;

    public int Document { get; } = document;

    public DocumentSession Session { get; } = session;

    public int Edits => Volatile.Read(ref edits);

    /// <summary>Types <paramref name="rate"/> small edits per second until <paramref name="stop"/>; never bursts to catch up.</summary>
    public async Task TypeAsync(double rate, TimeProvider time, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(1 / rate);
        var due = time.GetTimestamp() + (long)(random.NextDouble() * interval.TotalSeconds * time.TimestampFrequency);
        var step = (long)(interval.TotalSeconds * time.TimestampFrequency);
        while (!stop.IsCancellationRequested)
        {
            var wait = time.GetElapsedTime(time.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            Session.Edit(TypeOne);
            Interlocked.Increment(ref edits);
            due += step;
            var now = time.GetTimestamp();
            if (due < now - step)
            {
                due = now;
            }
        }
    }

    public ValueTask DisposeAsync() => client.DisposeAsync();

    /// <summary>Mostly inserts of 1–3 characters, sometimes a deletion of 1–2, at a random place.</summary>
    private void TypeOne(Doc doc)
    {
        var text = doc.GetText(DocumentSession.ContentRoot);
        var length = text.Length;
        if (length > 8 && random.NextDouble() < 0.3)
        {
            var at = random.Next(length - 1);
            text.Delete(at, 1 + random.Next(2));
            return;
        }

        var chars = new char[1 + random.Next(3)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[random.Next(Letters.Length)];
        }

        text.Insert(random.Next(length + 1), new string(chars));
    }
}
