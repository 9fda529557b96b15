using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Versions;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Tests.Versions;

public sealed class BlobVersionStoreTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("lessonstudy-versions-");

    public void Dispose() => folder.Delete(recursive: true);

    private static VersionRecord Version(string planId, string name) => new(
        VersionRecord.CurrentSchemaVersion, ResourceId.New(), planId, name, 1, "discussion", VersionRecord.TransitionKind, "teach",
        DateTimeOffset.UtcNow, $"# {name}", [1, 2, 3], [new AuthoredRun(0, 3, "teach")], [new MemberChange("teach", 3, 0)], null)
    {
        EditTotals = [new MemberChange("teach", 3, 0)],
    };

    [Fact]
    public async Task List_IsOldestFirst_AndReadsBackEveryField_FromAFreshStore()
    {
        var planId = ResourceId.New();
        var first = Version(planId, "第1轮·初备稿");
        var second = Version(planId, "第1轮·集体研讨稿");
        await new BlobVersionStore(new LocalFolderBlobStore(folder.FullName)).SaveAsync(second with { }, CancellationToken.None);
        var store = new BlobVersionStore(new LocalFolderBlobStore(folder.FullName));
        await store.SaveAsync(first, CancellationToken.None);
        await new BlobVersionStore(new LocalFolderBlobStore(folder.FullName)).SaveAsync(Version(ResourceId.New(), "别的教案"), CancellationToken.None);

        var listed = await new BlobVersionStore(new LocalFolderBlobStore(folder.FullName)).ListAsync(planId, CancellationToken.None);

        Assert.Equal([first.Id, second.Id], listed.Select(v => v.Id));
        var read = listed[0];
        Assert.Equal((first.Name, first.Markdown, first.Kind), (read.Name, read.Markdown, read.Kind));
        Assert.Equal(first.State, read.State);
        Assert.Equal(first.Authorship, read.Authorship);
        Assert.Equal(first.ChangesSincePrevious, read.ChangesSincePrevious);
        Assert.Equal(first.EditTotals, read.EditTotals);
    }

    [Fact]
    public async Task Save_SameIdTwice_IsRefused_VersionsAreImmutable()
    {
        var store = new BlobVersionStore(new LocalFolderBlobStore(folder.FullName));
        var version = Version(ResourceId.New(), "定稿");
        await store.SaveAsync(version, CancellationToken.None);

        await Assert.ThrowsAsync<BlobConditionFailedException>(() => store.SaveAsync(version with { Markdown = "改写" }, CancellationToken.None));
        Assert.Equal("# 定稿", (await store.GetAsync(version.PlanId, version.Id, CancellationToken.None))!.Markdown);
    }
}
