using LessonStudy.Server.Features.Persistence.Blobs;

namespace LessonStudy.Server.Tests.Records;

/// <summary>The event stream suite on a local folder.</summary>
public sealed class LocalFolderRecordLogTests : BlobRecordLogContractTests
{
    private string root = "";

    protected override Task<IBlobStore> CreateEmptyStoreAsync()
    {
        root = Directory.CreateTempSubdirectory("lessonstudy-events-").FullName;
        return Task.FromResult<IBlobStore>(new LocalFolderBlobStore(root));
    }

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }
}
