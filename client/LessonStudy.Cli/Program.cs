using System.CommandLine;
using LessonStudy.Cli;
using LessonStudy.Cli.Crdt;
using LessonStudy.Cli.Export;
using LessonStudy.Cli.Load;

var root = new RootCommand("LessonStudy command line: tools for lesson-plan documents.")
{
    CrdtCommand.Create(),
    ExportCommand.Create(),
    LoadCommand.Create(),
};

return CliRunner.Run(root, args);
