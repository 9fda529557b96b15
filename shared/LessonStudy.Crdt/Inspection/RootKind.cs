namespace LessonStudy.Crdt.Inspection;

/// <summary>How a root type is read when its content is shown: the four root getters of a document.</summary>
public enum RootKind
{
    Text,
    Map,
    Array,
    Xml,
}
