using System.CommandLine;

namespace LessonStudy.Cli.Crdt;

/// <summary>The subcommands of <c>crdt</c>; filled in as the engine's operations land.</summary>
internal static class CrdtSubcommands
{
    public static IEnumerable<Command> All() => [];
}
