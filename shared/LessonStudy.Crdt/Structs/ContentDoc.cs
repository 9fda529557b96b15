using LessonStudy.Crdt.Encoding;

namespace LessonStudy.Crdt.Structs;

/// <summary>
/// A sub-document (yjs <c>ContentDoc</c>, ref 9): its guid and options (<c>gc</c>, <c>autoLoad</c>,
/// <c>meta</c>) travel with it.
/// </summary>
public sealed class ContentDoc : IContent
{
    internal ContentDoc(Doc doc)
    {
        Doc = doc;
        Opts = OptsOf(doc);
    }

    internal Doc Doc { get; set; }

    /// <summary>The options written to updates, in yjs's key order (gc, autoLoad, meta).</summary>
    internal JsObject Opts { get; }

    public int GetLength() => 1;

    public bool IsCountable() => true;

    public IReadOnlyList<object?> GetContent() => [Doc];

    public IContent Copy() => new ContentDoc(CreateDocFromOpts(Doc.Guid, Opts));

    public IContent Splice(int offset) => throw new NotSupportedException("Doc content cannot be split.");

    public bool MergeWith(IContent right) => false;

    public void Integrate(Transaction tr, Item item)
    {
        // Doc.Destroy mirrors this when it replaces the sub-document.
        Doc.Item = item;
        tr.SubdocsAddedSet.Add(Doc);
        if (Doc.ShouldLoad)
        {
            tr.SubdocsLoadedSet.Add(Doc);
        }
    }

    public void Delete(Transaction tr)
    {
        if (!tr.SubdocsAddedSet.Remove(Doc))
        {
            tr.SubdocsRemovedSet.Add(Doc);
        }
    }

    public void Gc(StructStore store)
    {
    }

    public void Write(IUpdateEncoder encoder, int offset)
    {
        encoder.WriteString(Doc.Guid);
        encoder.WriteAny(Opts);
    }

    public int GetRef() => 9;

    internal static ContentDoc Read(IUpdateDecoder decoder)
    {
        var guid = decoder.ReadString();
        var opts = decoder.ReadAny() as JsObject ?? new JsObject();
        return new ContentDoc(CreateDocFromOpts(guid, opts));
    }

    private static JsObject OptsOf(Doc doc)
    {
        var opts = new JsObject();
        if (!doc.Gc)
        {
            opts.Set("gc", false);
        }

        if (doc.AutoLoad)
        {
            opts.Set("autoLoad", true);
        }

        if (doc.Meta is not null)
        {
            opts.Set("meta", doc.Meta);
        }

        return opts;
    }

    /// <summary>
    /// A document from remote options, like yjs's <c>new Doc({ guid, ...opts, shouldLoad: opts.shouldLoad || opts.autoLoad || false })</c>
    /// (JavaScript truthiness for the flags).
    /// </summary>
    internal static Doc CreateDocFromOpts(string guid, JsObject opts)
    {
        var gc = !opts.TryGetValue("gc", out var gcValue) || gcValue is JsUndefined || IsTruthy(gcValue);
        var autoLoad = opts.TryGetValue("autoLoad", out var al) && IsTruthy(al);
        var shouldLoad = (opts.TryGetValue("shouldLoad", out var sl) && IsTruthy(sl)) || autoLoad;
        object? meta = null;
        if (opts.TryGetValue("meta", out var m) && m is not JsUndefined)
        {
            meta = m;
        }

        // The spread in yjs lets remote options override the guid and collection id too.
        if (opts.TryGetValue("guid", out var g) && g is string optGuid)
        {
            guid = optGuid;
        }

        var collectionId = opts.TryGetValue("collectionid", out var c) ? c as string : null;
        return new Doc(new DocOptions
        {
            Guid = guid,
            CollectionId = collectionId,
            Gc = gc,
            AutoLoad = autoLoad,
            ShouldLoad = shouldLoad,
            Meta = meta,
        });
    }

    private static bool IsTruthy(object? v) => v switch
    {
        null => false,
        JsUndefined => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        System.Numerics.BigInteger bi => !bi.IsZero,
        _ => true,
    };
}
