using System.CommandLine;
using LessonStudy.Cli;
using LessonStudy.Cli.Crdt;
using LessonStudy.Cli.Load;

var root = new RootCommand("LessonStudy command line: tools for lesson-plan documents.")
{
    CrdtCommand.Create(),
    LoadCommand.Create(),
};

return CliRunner.Run(root, args);
