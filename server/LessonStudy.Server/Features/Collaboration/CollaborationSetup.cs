using LessonStudy.Contracts.Collaboration;
using LessonStudy.Server.Features.Documents;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LessonStudy.Server.Features.Collaboration;

public static class CollaborationSetup
{
    /// <summary>The collaboration hub (MessagePack and JSON protocols), its rooms and their janitor.</summary>
    public static WebApplicationBuilder AddCollaboration(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CollaborationOptions>()
            .Bind(builder.Configuration.GetSection(CollaborationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CollaborationMetrics>();
        services.AddSingleton<RoomRegistry>();
        services.AddSingleton<IDocumentRightsListener>(sp => sp.GetRequiredService<RoomRegistry>());
        services.AddHostedService<RoomJanitor>();
        services.AddSingleton<RoomDocumentContent>();
        services.AddSingleton<IDocumentContent>(sp => sp.GetRequiredService<RoomDocumentContent>());
        services.AddSingleton<IClientAttribution>(sp => sp.GetRequiredService<RoomDocumentContent>());
        services.AddSingleton<IPlanEventPublisher, HubPlanEventPublisher>();
        services.AddSignalR()
            .AddMessagePackProtocol();
        services.AddOptions<HubOptions>()
            .Configure<IOptions<CollaborationOptions>>((hub, collab) =>
            {
                hub.MaximumReceiveMessageSize = collab.Value.MaxMessageBytes;
                hub.MaximumParallelInvocationsPerClient = 1; // frames of one connection apply in order
            });
        return builder;
    }

    public static WebApplication MapCollaboration(this WebApplication app)
    {
        app.MapHub<CollabHub>(CollabRoutes.HubPath);
        return app;
    }
}
