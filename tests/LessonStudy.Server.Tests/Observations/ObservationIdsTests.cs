using LessonStudy.Server.Features.Observations;
using LessonStudy.Server.Hosting;

namespace LessonStudy.Server.Tests.Observations;

public sealed class ObservationIdsTests
{
    [Fact]
    public void For_SameObserverAndRound_IsStableAndAValidResourceId()
    {
        var planId = ResourceId.New();
        var id = ObservationIds.For(planId, "观课教师", 1);

        Assert.True(ResourceId.IsValid(id));
        Assert.Equal(id, ObservationIds.For(planId, "观课教师", 1));
    }

    [Fact]
    public void For_AnotherObserverRoundOrPlan_Differs()
    {
        var planId = ResourceId.New();
        var id = ObservationIds.For(planId, "a", 1);

        Assert.NotEqual(id, ObservationIds.For(planId, "b", 1));
        Assert.NotEqual(id, ObservationIds.For(planId, "a", 2));
        Assert.NotEqual(id, ObservationIds.For(ResourceId.New(), "a", 1));
    }
}
