namespace LessonStudy.Server.Features.Records;

/// <summary>
/// The append-only analysis event stream. Every feature appends one event per action after the action's
/// own record is stored; a failed append is retried and logged, never lost silently.
/// </summary>
public interface IRecordLog
{
    Task AppendAsync(RecordEvent recordEvent, CancellationToken cancellationToken);

    /// <summary>Creates an event with a fresh ID and the current time; <paramref name="data"/> is serialised as JSON.</summary>
    RecordEvent Create(string kind, string userId, string? groupId, string? planId, int? round, string? stage, object data);

    /// <summary>Every stored event between two instants (inclusive), in time order.</summary>
    IAsyncEnumerable<RecordEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
