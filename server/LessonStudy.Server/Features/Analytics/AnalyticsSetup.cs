using LessonStudy.Contracts.LessonStudy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LessonStudy.Server.Features.Analytics;

public static class AnalyticsSetup
{
    /// <summary>Plan, group and teacher analytics, and what exports share with them: access rules and the facts reader.</summary>
    public static WebApplicationBuilder AddAnalytics(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AnalyticsOptions>()
            .Bind(builder.Configuration.GetSection(AnalyticsOptions.SectionName))
            .Validate(o => o.ObservationQuotaPerSemester is >= 0 and <= 1000, "LessonStudy:ObservationQuotaPerSemester must be between 0 and 1000.")
            .ValidateOnStart();
        services.AddSingleton<AnalyticsAccess>();
        services.AddSingleton<IFeedbackFacts, StoredFeedbackFacts>();
        services.AddSingleton<PlanFactsReader>();
        return builder;
    }

    public static WebApplication MapAnalytics(this WebApplication app)
    {
        app.MapGet(PlanRoutes.Plans + "/{id}/analytics", AnalyticsEndpoints.PlanAsync).WithTags("Analytics").WithName("PlanAnalytics");
        app.MapGet(PlanRoutes.Groups + "/{id}/analytics", AnalyticsEndpoints.GroupAsync).WithTags("Analytics").WithName("GroupAnalytics");
        app.MapGet("/api/users/{userId}/portfolio", AnalyticsEndpoints.PortfolioAsync).WithTags("Analytics").WithName("TeacherPortfolio");
        return app;
    }
}
