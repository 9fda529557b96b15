namespace LessonStudy.Crdt.Tests.Properties;

/// <summary>
/// One randomly generated editing session: how many replicas, and the steps they take. Steps carry
/// raw random numbers; <see cref="ReplicaNetwork"/> maps them onto valid operations for the current
/// state, so every generated scenario is runnable and shrinks well.
/// </summary>
public sealed record ConvergenceScenario(int Replicas, bool Gc, ScenarioStep[] Steps)
{
    public override string ToString() =>
        $"{Replicas} replicas, gc {Gc}, {Steps.Length} steps: {string.Join(" ", Steps.Select(s => s.ToString()))}";
}

/// <summary>A step: which replica acts, what kind of action, and three random operands.</summary>
public sealed record ScenarioStep(int Replica, StepKind Kind, int A, int B, int C)
{
    public override string ToString() => $"[{Replica}:{Kind} {A},{B},{C}]";
}

public enum StepKind
{
    TextInsert,
    TextDelete,
    TextFormat,
    TextEmbed,
    MapSet,
    MapDelete,
    ArrayInsert,
    ArrayDelete,
    NestedEdit,
    Deliver,
    SyncWithPeer,
}
