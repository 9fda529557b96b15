namespace LessonStudy.Server.Features.Plans;

/// <summary>Leaving 修正 was asked without confirming that <see cref="Count"/> suggestions have no disposition yet.</summary>
public sealed class UndisposedSuggestionsException(int count)
    : Exception($"{count} suggestion(s) have no disposition yet; confirm to move on anyway.")
{
    public int Count { get; } = count;
}
