using System.Security.Cryptography;
using LessonStudy.Crdt.Structs;
using LessonStudy.Crdt.Types;

namespace LessonStudy.Crdt;

/// <summary>
/// A shared document (yjs <c>Doc</c>): named root types, the struct store, transactions and events.
/// Not thread-safe: use one document from one thread at a time.
/// </summary>
public sealed partial class Doc
{
    private readonly Func<Item, bool> _gcFilter;
    private Transaction? _transaction;
    private List<Transaction> _transactionCleanups = new();

    /// <summary>Creates a document with default options.</summary>
    public Doc()
        : this(new DocOptions())
    {
    }

    /// <summary>Creates a document.</summary>
    public Doc(DocOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Gc = options.Gc;
        _gcFilter = options.GcFilter ?? (static _ => true);
        ClientID = options.ClientId ?? GenerateNewClientId();
        Guid = options.Guid ?? System.Guid.NewGuid().ToString();
        CollectionId = options.CollectionId;
        Meta = options.Meta;
        AutoLoad = options.AutoLoad;
        ShouldLoad = options.ShouldLoad;
    }

    /// <summary>The options this document was created with.</summary>
    public DocOptions Options { get; }

    /// <summary>Whether deleted content is garbage-collected.</summary>
    public bool Gc { get; set; }

    /// <summary>This peer's client ID; regenerated if a remote update uses it.</summary>
    public ulong ClientID { get; internal set; }

    /// <summary>Globally unique ID of the document (sub-documents are found by it).</summary>
    public string Guid { get; }

    /// <summary>The collection the document belongs to, if the provider uses collections.</summary>
    public string? CollectionId { get; internal set; }

    /// <summary>Meta information; sub-documents carry it to remote peers.</summary>
    public object? Meta { get; }

    /// <summary>Whether remote peers should load this sub-document automatically.</summary>
    public bool AutoLoad { get; }

    /// <summary>Whether a provider should sync this document now (see <see cref="Load"/>).</summary>
    public bool ShouldLoad { get; internal set; }

    /// <summary>Set by <see cref="EmitLoaded"/>.</summary>
    public bool IsLoaded { get; internal set; }

    /// <summary>Whether a provider reported the document synced.</summary>
    public bool IsSynced { get; set; }

    /// <summary>Set by <see cref="Destroy"/>.</summary>
    public bool IsDestroyed { get; private set; }

    /// <summary>The root types by name, in creation order.</summary>
    public IReadOnlyDictionary<string, AbstractType> Share => ShareMap;

    internal Dictionary<string, AbstractType> ShareMap { get; } = new();

    internal StructStore Store { get; } = new();

    /// <summary>Sub-documents currently part of this document.</summary>
    public IReadOnlyCollection<Doc> Subdocs => SubdocsSet;

    internal OrderedSet<Doc> SubdocsSet { get; } = new();

    /// <summary>The item holding this document when it is a sub-document.</summary>
    internal Item? Item { get; set; }

    /// <summary>The running transaction, if any.</summary>
    internal Transaction? CurrentTransaction => _transaction;

    /// <summary>Transactions whose cleanup has not finished (observers may still read changes).</summary>
    internal List<Transaction> TransactionCleanups => _transactionCleanups;

    internal bool GcFilter(Item item) => _gcFilter(item);

    /// <summary>A random 32-bit client ID (yjs <c>generateNewClientId</c>).</summary>
    internal static ulong GenerateNewClientId()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt32(bytes);
    }

    /// <summary>The guids of all sub-documents.</summary>
    public IReadOnlySet<string> GetSubdocGuids()
    {
        var set = new HashSet<string>();
        foreach (var d in SubdocsSet)
        {
            set.Add(d.Guid);
        }

        return set;
    }
}
