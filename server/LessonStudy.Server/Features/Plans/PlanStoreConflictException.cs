namespace LessonStudy.Server.Features.Plans;

/// <summary>A read-modify-write of a group or plan lost to concurrent writers more often than it retries; nothing was written.</summary>
public sealed class PlanStoreConflictException : Exception
{
    public PlanStoreConflictException() { }
    public PlanStoreConflictException(string message) : base(message) { }
    public PlanStoreConflictException(string message, Exception inner) : base(message, inner) { }
}
