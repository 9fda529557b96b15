using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Tests.Types.Text;

/// <summary>
/// Real editing traces (josephg/editing-traces, see <c>shared/traces/README.md</c>) replayed as
/// local edits, one transaction per trace transaction; the text must end as the trace's
/// <c>endContent</c>.
/// </summary>
public class YTextTraceTests
{
    [Theory]
    [InlineData("automerge-paper")]
    [InlineData("seph-blog1")]
    [InlineData("friendsforever_flat")]
    public void Replay_Trace_EndsWithEndContent(string name)
    {
        var trace = EditingTrace.Load(name);
        var doc = TextTestKit.NewDoc(1);
        var text = doc.GetText("text");
        if (trace.StartContent.Length > 0)
        {
            text.Insert(0, trace.StartContent);
        }

        foreach (var patches in trace.Transactions)
        {
            using var tr = doc.BeginTransaction();
            foreach (var patch in patches)
            {
                if (patch.Deleted > 0)
                {
                    text.Delete(patch.Position, patch.Deleted);
                }

                if (patch.Inserted.Length > 0)
                {
                    text.Insert(patch.Position, patch.Inserted);
                }
            }
        }

        Assert.True(trace.EndContent == text.ToString(), $"{name}: content differs from endContent after replay");
        Assert.Equal(trace.EndContent.Length, text.Length);
    }
}
