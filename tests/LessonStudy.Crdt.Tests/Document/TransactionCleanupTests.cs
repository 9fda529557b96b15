using static LessonStudy.Crdt.Tests.Document.ItemEditing;

namespace LessonStudy.Crdt.Tests.Document;

public class TransactionCleanupTests
{
    [Fact]
    public void SequentialTyping_InSeparateTransactions_MergesIntoOneStruct()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("t");
        var s = "hello world";
        for (var i = 0; i < s.Length; i++)
        {
            doc.Transact(tr => Insert(tr, text, i, Str(s[i].ToString())));
        }

        Assert.Equal(s, Text(text));
        Assert.Single(doc.Store.Clients[1]);
    }

    [Fact]
    public void DeletingAllTypedText_MergesDeletedRuns()
    {
        var doc = NewDoc(1);
        var text = doc.GetText("t");
        doc.Transact(tr => Insert(tr, text, 0, Str("abcdef")));
        doc.Transact(tr => Delete(tr, text, 1, 2));
        Assert.Equal(3, doc.Store.Clients[1].Count);
        doc.Transact(tr => Delete(tr, text, 0, 1));
        doc.Transact(tr => Delete(tr, text, 0, 3));
        Assert.Equal("", Text(text));
        Assert.Single(doc.Store.Clients[1]);
    }
}
