using LessonStudy.Server.Features.Persistence;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;
using LessonStudy.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Tests.Persistence;

public sealed class PersistenceSetupTests
{
    private static WebApplication Build(params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
        builder.AddPersistence();
        return builder.Build();
    }

    [Fact]
    public async Task AddPersistence_Defaults_LocalFolderUnderDataWithTheMachinesNodeId()
    {
        await using var app = Build();

        var store = Assert.IsType<LocalFolderBlobStore>(app.Services.GetRequiredService<IBlobStore>());
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(Path.GetFullPath("./data"), store.RootPath);
        Assert.Equal(StorageNodeId.FromMachineName(Environment.MachineName), options.NodeId);
        Assert.Equal("lessonstudy", options.Container);
    }

    [Fact]
    public async Task AddPersistence_LocalFolder_OpensWorkingLogsAsTheConfiguredNode()
    {
        var root = Directory.CreateTempSubdirectory("lessonstudy-setup-").FullName;
        try
        {
            await using var app = Build($"--Storage:LocalFolder:Path={root}", "--Storage:NodeId=web-1");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var id = ResourceId.New();
            var log = app.Services.GetRequiredService<IDocumentLogFactory>().Open(id);
            await log.LoadAsync(timeout.Token);
            await log.AppendAsync([new Log.TextEdits().Append("x")], timeout.Token);

            Assert.True(File.Exists(Path.Combine(root, "documents", id, "log", "web-1-0000000001.log")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task AddPersistence_AzureBlob_UsesTheAzureStore()
    {
        await using var app = Build("--Storage:Provider=AzureBlob", $"--Storage:AzureBlob:ConnectionString={Blobs.Azurite.ConnectionStringFor(10000)}");

        Assert.IsType<AzureBlobStore>(app.Services.GetRequiredService<IBlobStore>());
    }

    [Fact]
    public async Task DocumentLogFactory_InvalidDocumentId_IsRejected()
    {
        await using var app = Build();

        Assert.Throws<ArgumentException>(() => app.Services.GetRequiredService<IDocumentLogFactory>().Open("../escape"));
    }

    [Theory]
    [InlineData("Storage:Provider=Dropbox", "Storage:Provider must be 'LocalFolder' or 'AzureBlob'")]
    [InlineData("Storage:Provider=AzureBlob", "Storage:AzureBlob:ConnectionString is required")]
    [InlineData("Storage:LocalFolder:Path= ", "Storage:LocalFolder:Path must name a folder")]
    [InlineData("Storage:Container=Bad_Name", "Storage:Container 'Bad_Name' is not a valid container name")]
    [InlineData("Storage:NodeId=Web.1", "Storage:NodeId 'Web.1' is not valid")]
    [InlineData("Storage:Log:MaxBlockBytes=5000000", "Storage:Log:MaxBlockBytes must be between")]
    [InlineData("Storage:Log:MaxSegmentBlocks=60000", "Storage:Log:MaxSegmentBlocks must be between")]
    public async Task Start_WrongSetting_FailsWithAMessageNamingTheKey(string setting, string expected)
    {
        await using var app = Build("--" + setting);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEB-SERVER-01", "web-server-01")]
    [InlineData("host.example.org", "host-example-org")]
    [InlineData("--", "node")]
    [InlineData("教研", "node")]
    [InlineData("Build_Agent 7", "build_agent-7")]
    public void FromMachineName_AnyName_GivesAValidNodeId(string machineName, string expected)
    {
        var id = StorageNodeId.FromMachineName(machineName);

        Assert.Equal(expected, id);
        Assert.True(StorageNodeId.IsValid(id));
    }

    [Fact]
    public void FromMachineName_VeryLong_IsCut()
    {
        Assert.Equal(StorageNodeId.MaxLength, StorageNodeId.FromMachineName(new string('a', 200)).Length);
    }
}
