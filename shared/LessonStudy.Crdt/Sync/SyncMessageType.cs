namespace LessonStudy.Crdt.Sync;

/// <summary>The y-protocols sync message types (<c>sync.js</c>).</summary>
public enum SyncMessageType
{
    /// <summary>The sender's state vector; the receiver answers with <see cref="SyncStep2"/>.</summary>
    SyncStep1 = 0,

    /// <summary>The structs and delete set the receiver of step 1 was missing (a V1 update).</summary>
    SyncStep2 = 1,

    /// <summary>An incremental V1 update.</summary>
    Update = 2,
}
