using LessonStudy.Contracts.LessonStudy;
using LessonStudy.Server.Features.Documents.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LessonStudy.Server.Features.Plans;

public static class PlansSetup
{
    /// <summary>Groups, plans, their stage workflow, and the plan-aware rights of plan documents.</summary>
    public static WebApplicationBuilder AddPlans(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PlansOptions>().Bind(builder.Configuration.GetSection(PlansOptions.Section));
        services.AddSingleton<IPlanStore, BlobPlanStore>();
        services.AddSingleton<PlanAccess>();
        services.AddSingleton<PlanTransitions>();

        // Asked by the document access policy before a document's own catalog membership.
        services.AddSingleton<IDocumentRightsSource, PlanRightsSource>();
        return builder;
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        var groups = app.MapGroup(PlanRoutes.Groups).WithTags("Groups");
        groups.MapPost("", GroupEndpoints.CreateAsync).WithName("CreateGroup");
        groups.MapGet("", GroupEndpoints.ListAsync).WithName("ListGroups");
        groups.MapGet("/{id}", GroupEndpoints.GetAsync).WithName("GetGroup");
        groups.MapPut("/{id}/members/{userId}", GroupEndpoints.SetMemberAsync).WithName("SetGroupMember");
        groups.MapPost("/{groupId}/plans", PlanEndpoints.CreateAsync).WithName("CreatePlan");
        groups.MapGet("/{groupId}/plans", PlanEndpoints.ListAsync).WithName("ListGroupPlans");

        var plans = app.MapGroup(PlanRoutes.Plans).WithTags("Plans");
        plans.MapGet("/{id}", PlanEndpoints.GetAsync).WithName("GetPlan");
        plans.MapPost("/{id}/transitions", TransitionEndpoints.MoveAsync).WithName("MovePlan");
        plans.MapPost("/{id}/observers", ObserverEndpoints.InviteAsync).WithName("InviteObserver");
        plans.MapPost("/{id}/links", PlanLinkEndpoints.LinkAsync).WithName("LinkPlans");
        plans.MapGet("/{id}/linked", PlanLinkEndpoints.ListAsync).WithName("ListLinkedPlans");
        return app;
    }
}
