using LessonStudy.Server.Features.WebClient;

namespace LessonStudy.Server.Tests.WebClient;

public sealed class WebClientFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("lessonstudy-webroot-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Locate_NoSetting_FindsDistInAParentOfTheContentRoot()
    {
        var dist = Directory.CreateDirectory(Path.Combine(root, "client", "web", "dist")).FullName;
        File.WriteAllText(Path.Combine(dist, "index.html"), "<!doctype html>");
        var contentRoot = Directory.CreateDirectory(Path.Combine(root, "server", "LessonStudy.Server")).FullName;

        Assert.Equal(dist, WebClientFolder.Locate(null, contentRoot));
    }

    [Fact]
    public void Locate_ConfiguredRelativePath_IsTakenFromTheContentRoot()
    {
        var dist = Directory.CreateDirectory(Path.Combine(root, "built")).FullName;
        File.WriteAllText(Path.Combine(dist, "index.html"), "<!doctype html>");

        Assert.Equal(dist, WebClientFolder.Locate("built", root));
    }

    [Fact]
    public void Locate_FolderWithoutIndex_IsNull()
    {
        Directory.CreateDirectory(Path.Combine(root, "empty"));

        Assert.Null(WebClientFolder.Locate("empty", root));
        Assert.Null(WebClientFolder.Locate("missing", root));
    }
}
