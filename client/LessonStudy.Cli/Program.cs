using System.CommandLine;
using LessonStudy.Cli;
using LessonStudy.Cli.Crdt;
using LessonStudy.Cli.Export;

var root = new RootCommand("LessonStudy command line: tools for lesson-plan documents.")
{
    CrdtCommand.Create(),
    ExportCommand.Create(),
};

return CliRunner.Run(root, args);
