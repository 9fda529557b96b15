using LessonStudy.Server.Features.Persistence;
using LessonStudy.Server.Features.Persistence.Blobs;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Records;

public static class RecordsSetup
{
    /// <summary>
    /// The analysis event stream (<see cref="IRecordLog"/>) on the blob store, written under this node's
    /// "Storage:NodeId"; limits from "Records:*", checked at start.
    /// </summary>
    public static WebApplicationBuilder AddRecords(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RecordLogOptions>()
            .Bind(builder.Configuration.GetSection(RecordLogOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RecordLogOptions>, RecordLogOptionsValidator>();
        builder.Services.AddSingleton<IRecordLog>(provider => new BlobRecordLog(
            provider.GetRequiredService<IBlobStore>(),
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.NodeId!,
            provider.GetRequiredService<IOptions<RecordLogOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BlobRecordLog>>()));
        return builder;
    }
}
