using LessonStudy.Server.Hosting;

// The table of contents is ServerApp.Build: one AddX/MapX pair per feature folder.
await ServerApp.Build(args).RunAsync();
