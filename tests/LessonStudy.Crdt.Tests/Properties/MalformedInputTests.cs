using LessonStudy.Crdt.Encoding;
using LessonStudy.Crdt.Inspection;
using LessonStudy.TestKit;

namespace LessonStudy.Crdt.Tests.Properties;

/// <summary>
/// Untrusted bytes: valid updates mutated in every way (bit flips, truncation, insertion, deletion,
/// spliced copies, huge varints) and plain random bytes. Whatever they are, the engine throws nothing
/// but <see cref="CrdtFormatException"/>, terminates, and a failed apply leaves the document exactly
/// as it was. MALFORMED_INPUTS sets the number of inputs (default 100,000); the seed is in every
/// failure message.
/// </summary>
public class MalformedInputTests
{
    private const int Seed = 20261123;

    [Fact]
    public void ApplyUpdate_MalformedInput_OnlyFormatExceptionAndDocumentUnchanged()
    {
        var corpus = MalformedCorpus.Load();
        var count = TestKnobs.Int("MALFORMED_INPUTS", 100_000);
        var random = new Random(Seed);
        var baseState = MalformedCorpus.BaseDocumentState();
        for (var i = 0; i < count; i++)
        {
            var (input, v2) = MalformedCorpus.Mutate(corpus, random);
            var doc = new Doc(new DocOptions { ClientId = 99 });
            doc.ApplyUpdate(baseState);
            var before = Fingerprint(doc);
            try
            {
                if (v2)
                {
                    doc.ApplyUpdateV2(input);
                }
                else
                {
                    doc.ApplyUpdate(input);
                }
            }
            catch (CrdtFormatException)
            {
                Assert.True(before == Fingerprint(doc), $"seed {Seed}, input {i} ({(v2 ? "v2" : "v1")} {Convert.ToHexString(input)}): a failed update changed the document");
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {Seed}, input {i} ({(v2 ? "v2" : "v1")} {Convert.ToHexString(input)}): {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [Fact]
    public void DocumentlessOperations_MalformedInput_OnlyFormatException()
    {
        var corpus = MalformedCorpus.Load();
        var count = TestKnobs.Int("MALFORMED_INPUTS", 100_000);
        var random = new Random(Seed + 1);
        for (var i = 0; i < count; i++)
        {
            var (input, v2) = MalformedCorpus.Mutate(corpus, random);
            var valid = corpus[random.Next(corpus.Count)];
            foreach (var (name, operation) in MalformedCorpus.DocumentlessOperations(input, v2, valid))
            {
                try
                {
                    operation();
                }
                catch (CrdtFormatException)
                {
                }
                catch (Exception ex)
                {
                    Assert.Fail($"seed {Seed + 1}, input {i}, {name} ({(v2 ? "v2" : "v1")} {Convert.ToHexString(input)}): {ex.GetType().Name}: {ex.Message}");
                }
            }
        }
    }

    private static string Fingerprint(Doc doc) =>
        Convert.ToHexString(doc.EncodeStateAsUpdate()) + "|" + Convert.ToHexString(doc.EncodeStateVector()) + "|" + DocumentJson.ToJson(doc);
}
