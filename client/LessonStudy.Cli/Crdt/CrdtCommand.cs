using System.CommandLine;

namespace LessonStudy.Cli.Crdt;

/// <summary>
/// <c>lessonstudy crdt ...</c>: the document-engine tools whose surface is fixed by the design
/// contract (other programs call them): dump, encode, merge, diff, sv, convert.
/// </summary>
internal static class CrdtCommand
{
    public static Command Create()
    {
        var crdt = new Command("crdt", "Inspect and transform Yjs updates without a server.");
        foreach (var command in CrdtSubcommands.All())
        {
            crdt.Subcommands.Add(command);
        }

        return crdt;
    }
}
