using CsCheck;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Tests.Properties;

/// <summary>
/// N replicas, random operations, random delivery order with duplicates and delays: all replicas
/// converge to the same content. CONVERGENCE_RUNS raises the number of sessions (default 200);
/// CsCheck prints the failing seed and the shrunk scenario.
/// </summary>
public class ConvergenceTests
{
    private static readonly Gen<ScenarioStep> Step = Gen.Select(
        Gen.Int[0, 9], Gen.Enum<StepKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
        (replica, kind, a, b, c) => new ScenarioStep(replica, kind, a, b, c));

    private static readonly Gen<ConvergenceScenario> Scenario = Gen.Select(
        Gen.Int[2, 5], Gen.Bool, Step.Array[1, 80],
        (replicas, gc, steps) => new ConvergenceScenario(replicas, gc, steps));

    [Fact]
    public void Replicas_RandomOperationsAndDelivery_Converge() =>
        Scenario.Sample(
            scenario =>
            {
                var network = new ReplicaNetwork(scenario.Replicas, scenario.Gc);
                foreach (var step in scenario.Steps)
                {
                    network.Run(step);
                }

                network.DeliverAll(scenario.Steps.Length);
                var expected = ReplicaNetwork.Describe(network.Docs[0]);
                var expectedSv = Convert.ToHexString(network.Docs[0].EncodeStateVector());
                for (var i = 1; i < network.Docs.Count; i++)
                {
                    Assert.Equal(expectedSv, Convert.ToHexString(network.Docs[i].EncodeStateVector()));
                    Assert.Equal(expected, ReplicaNetwork.Describe(network.Docs[i]));
                }
            },
            iter: TestKnobs.Int("CONVERGENCE_RUNS", 200),
            threads: 1);
}
