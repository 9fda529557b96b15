namespace LessonStudy.Server.Tests.Records;

/// <summary>A clock the test sets or advances (thread-safe); timers still run on real time.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    private long ticks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref ticks, value.UtcTicks);
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => Now;
}
