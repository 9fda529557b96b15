using System.Text.Json;
using LessonStudy.Server.Features.Documents.Catalog;
using LessonStudy.Server.Features.Persistence.Blobs;
using LessonStudy.Server.Tests.Access;
using LessonStudy.TestKit.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LessonStudy.Server.Tests.Documents.Catalog;

/// <summary>The catalog on the real local-folder store of a running server.</summary>
public sealed class BlobDocumentCatalogTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private LoopbackServer Server => fixture.Server;

    private IDocumentCatalog Catalog => Server.Services.GetRequiredService<IDocumentCatalog>();

    private IBlobStore Store => Server.Services.GetRequiredService<IBlobStore>();

    [Fact]
    public async Task Create_Record_StoredWithDocumentedSchema()
    {
        var owner = ServerFixture.UniqueUser("owner");
        var record = await Catalog.CreateAsync(owner, "设计", None);
        await Catalog.SetMemberAsync(record.Id, "member-1", canEdit: true, None);

        var blob = await Store.ReadAsync($"documents/{record.Id}/document.json", None);
        using var json = JsonDocument.Parse(blob!.Data);
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(record.Id, root.GetProperty("id").GetString());
        Assert.Equal("设计", root.GetProperty("title").GetString());
        Assert.Equal(owner, root.GetProperty("ownerId").GetString());
        Assert.True(root.GetProperty("createdAt").TryGetDateTimeOffset(out _));
        var member = Assert.Single(root.GetProperty("members").EnumerateArray());
        Assert.Equal("member-1", member.GetProperty("userId").GetString());
        Assert.True(member.GetProperty("canEdit").GetBoolean());
        Assert.True(member.GetProperty("addedAt").TryGetDateTimeOffset(out _));
    }

    [Fact]
    public async Task SetMember_ConcurrentWriters_EveryMemberLands()
    {
        var record = await Catalog.CreateAsync(ServerFixture.UniqueUser("owner"), "busy", None);
        var members = Enumerable.Range(0, 24).Select(i => $"member-{i:D2}-{Guid.NewGuid():N}"[..30]).ToArray();

        await Task.WhenAll(members.Select(m => Task.Run(() => Catalog.SetMemberAsync(record.Id, m, canEdit: m.GetHashCode() % 2 == 0, None))));

        var stored = JsonSerializer.Deserialize<DocumentRecord>((await Store.ReadAsync(CatalogBlobNames.Document(record.Id), None))!.Data, JsonSerializerOptions.Web)!;
        Assert.Equal(members.Order(StringComparer.Ordinal), stored.Members.Select(m => m.UserId).Order(StringComparer.Ordinal));
        foreach (var member in members)
        {
            Assert.Contains(Catalog.ListForUserAsync(member, None).ToBlockingEnumerable(), d => d.Id == record.Id);
        }
    }

    [Fact]
    public async Task SetMember_SameRightsAgain_DoesNotRewrite()
    {
        var record = await Catalog.CreateAsync(ServerFixture.UniqueUser("owner"), "steady", None);
        await Catalog.SetMemberAsync(record.Id, "m", canEdit: false, None);
        var before = (await Store.ReadAsync(CatalogBlobNames.Document(record.Id), None))!.ETag;

        await Catalog.SetMemberAsync(record.Id, "m", canEdit: false, None);

        Assert.Equal(before, (await Store.ReadAsync(CatalogBlobNames.Document(record.Id), None))!.ETag);
    }

    [Fact]
    public async Task SetMember_UnknownDocument_ReturnsNullAndWritesNothing()
    {
        var id = Guid.CreateVersion7().ToString("N");
        var user = ServerFixture.UniqueUser("ghost");

        Assert.Null(await Catalog.SetMemberAsync(id, user, true, None));
        Assert.Null(await Store.ReadAsync(CatalogBlobNames.Document(id), None));
        Assert.Null(await Store.ReadAsync(CatalogBlobNames.UserIndex(user), None));
    }

    [Fact]
    public async Task List_IndexEntryWithoutRecordOrMembership_Skipped()
    {
        var user = ServerFixture.UniqueUser("indexed");
        var own = await Catalog.CreateAsync(user, "own", None);
        var foreign = await Catalog.CreateAsync(ServerFixture.UniqueUser("other"), "foreign", None);
        var dangling = Guid.CreateVersion7().ToString("N");

        // What a crash between the index write and the record write leaves, plus an entry that no record backs.
        var index = new UserDocumentIndex(1, user, [own.Id, dangling, foreign.Id, "../../escape"]);
        await Store.WriteAsync(CatalogBlobNames.UserIndex(user), JsonSerializer.SerializeToUtf8Bytes(index, JsonSerializerOptions.Web), BlobWriteCondition.None, None);

        var listed = Catalog.ListForUserAsync(user, None).ToBlockingEnumerable().Select(d => d.Id);

        Assert.Equal([own.Id], listed);
    }

    [Fact]
    public void BlobNames_InvalidDocumentId_Throws()
    {
        Assert.Throws<ArgumentException>(() => CatalogBlobNames.Document("../system"));
        Assert.Throws<ArgumentException>(() => CatalogBlobNames.Document("0123456789ABCDEF0123456789ABCDEF"));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("../../etc/passwd")]
    [InlineData("李老师")]
    public void BlobNames_AnyUserId_ValidHashedName(string userId)
    {
        var name = CatalogBlobNames.UserIndex(userId);

        Assert.True(BlobNames.IsValid(name), name);
        Assert.Matches("^users/[0-9a-f]{64}/documents.json$", name);
    }
}
