using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Features.Persistence.Log;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Persistence;

public static class PersistenceSetup
{
    /// <summary>
    /// The blob store chosen by "Storage:Provider" (local folder by default, or Azure Blob Storage), the
    /// document logs on it, and <see cref="StorageOptions"/> with the node ID resolved. Wrong settings
    /// stop the server at start with a message naming the key.
    /// </summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.NodeId))
                {
                    options.NodeId = StorageNodeId.FromMachineName(Environment.MachineName);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddMetrics();
        services.AddSingleton<StorageMetrics>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IBlobStore>(provider => CreateStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IDocumentLogFactory>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new DocumentLogFactory(
                provider.GetRequiredService<IBlobStore>(),
                options.NodeId!,
                options.Log,
                provider.GetRequiredService<ILoggerFactory>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<StorageMetrics>());
        });
        return builder;
    }

    private static IBlobStore CreateStore(StorageOptions options) => options.Provider switch
    {
        StorageOptions.AzureBlobProvider => AzureBlobStore.Create(options.AzureBlob.ConnectionString!, options.Container),
        _ => new LocalFolderBlobStore(options.LocalFolder.Path),
    };
}
