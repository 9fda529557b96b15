namespace LessonStudy.Server.Features.Plans;

/// <summary>
/// A change the plan's rules refuse on the record as it is now (its stage moved on, a list is full). Thrown
/// inside a read-modify-write so that nothing is written; endpoints answer 409 with the message.
/// </summary>
public sealed class PlanRuleException : Exception
{
    public PlanRuleException() { }
    public PlanRuleException(string message) : base(message) { }
    public PlanRuleException(string message, Exception inner) : base(message, inner) { }
}
