using LessonStudy.Crdt.Structs;

namespace LessonStudy.Crdt.Types;

public partial class YText
{
    /// <summary>
    /// Who wrote what: the text of <see cref="ToString"/> cut into runs by the client ID that inserted
    /// each character, in order, adjacent runs of one client merged. Offsets are UTF-16 indices into
    /// <see cref="ToString"/> (embeds are left out, as there). yjs has no such call; its item list
    /// (<c>ytext._start</c>) is what JavaScript code walks for the same answer.
    /// </summary>
    public IReadOnlyList<ClientRun> GetClientRuns()
    {
        var runs = new List<ClientRun>();
        var index = 0;
        for (var n = Start; n is not null; n = n.Right)
        {
            if (n.Deleted || !n.Countable || n.Content is not ContentString s)
            {
                continue;
            }

            var length = s.Str.Length;
            if (runs.Count > 0 && runs[^1].Client == n.Id.Client && runs[^1].Index + runs[^1].Length == index)
            {
                runs[^1] = runs[^1] with { Length = runs[^1].Length + length };
            }
            else
            {
                runs.Add(new ClientRun(index, length, n.Id.Client));
            }

            index += length;
        }

        return runs;
    }
}

/// <summary>A run of text inserted by one client: <paramref name="Index"/> and <paramref name="Length"/> in UTF-16 code units.</summary>
public readonly record struct ClientRun(int Index, int Length, ulong Client);
