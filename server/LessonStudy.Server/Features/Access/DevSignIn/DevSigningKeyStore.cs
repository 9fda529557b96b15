using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LessonStudy.Server.Features.Persistence.Blobs;
using Microsoft.IdentityModel.Tokens;

namespace LessonStudy.Server.Features.Access.DevSignIn;

/// <summary>
/// The development sign-in's signing key: from <see cref="DevTokenSettings.SigningKeyConfigKey"/> when
/// configured, otherwise generated once and kept in the blob store as <see cref="BlobName"/>. Two servers
/// starting at once on empty storage agree on one key: the write is create-only and the loser reads the
/// winner's key.
/// </summary>
public sealed class DevSigningKeyStore(IBlobStore store, IConfiguration configuration, TimeProvider time, ILogger<DevSigningKeyStore> logger) : IDisposable
{
    public const string BlobName = "system/dev-signing-key.json";

    private readonly SemaphoreSlim gate = new(1, 1);
    private SymmetricSecurityKey? key;

    public async ValueTask<SymmetricSecurityKey> GetKeyAsync(CancellationToken cancellationToken)
    {
        if (key is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            key ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
            return key;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The configured key's bytes, or null when none is configured. Throws when it is too short.</summary>
    public static byte[]? ConfiguredKeyBytes(IConfiguration configuration)
    {
        var text = configuration[DevTokenSettings.SigningKeyConfigKey];
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length >= DevTokenSettings.MinKeyBytes
            ? bytes
            : throw new InvalidOperationException(
                $"'{DevTokenSettings.SigningKeyConfigKey}' must be at least {DevTokenSettings.MinKeyBytes} bytes of UTF-8 (HMAC-SHA256).");
    }

    private async Task<SymmetricSecurityKey> LoadAsync(CancellationToken cancellationToken)
    {
        if (ConfiguredKeyBytes(configuration) is { } configured)
        {
            AccessLog.DevKeyLoaded(logger, "configuration");
            return ToSecurityKey(configured);
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.ReadAsync(BlobName, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                AccessLog.DevKeyLoaded(logger, BlobName);
                return ToSecurityKey(Parse(existing.Data));
            }

            var fresh = RandomNumberGenerator.GetBytes(DevTokenSettings.MinKeyBytes * 2);
            var record = new DevSigningKeyRecord(
                DevSigningKeyRecord.CurrentSchemaVersion, DevSigningKeyRecord.HmacSha256, Convert.ToBase64String(fresh), time.GetUtcNow());
            try
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(record, DevSigningKeyJson.Default.DevSigningKeyRecord);
                await store.WriteAsync(BlobName, json, BlobWriteCondition.IfNotExists, cancellationToken).ConfigureAwait(false);
                AccessLog.DevKeyCreated(logger, BlobName);
                return ToSecurityKey(fresh);
            }
            catch (BlobConditionFailedException)
            {
                // Another server created it first: read theirs.
            }
        }

        throw new InvalidOperationException($"Could not read or create the development signing key '{BlobName}'.");
    }

    private static byte[] Parse(byte[] json)
    {
        var record = JsonSerializer.Deserialize(json, DevSigningKeyJson.Default.DevSigningKeyRecord)
            ?? throw new InvalidDataException($"'{BlobName}' is empty.");
        if (record.SchemaVersion != DevSigningKeyRecord.CurrentSchemaVersion || record.Algorithm != DevSigningKeyRecord.HmacSha256)
        {
            throw new InvalidDataException(
                $"'{BlobName}' has schema version {record.SchemaVersion} / algorithm {record.Algorithm}; this server reads version 1 / HS256.");
        }

        var bytes = Convert.FromBase64String(record.Key);
        return bytes.Length >= DevTokenSettings.MinKeyBytes ? bytes : throw new InvalidDataException($"'{BlobName}' holds a key that is too short.");
    }

    private static SymmetricSecurityKey ToSecurityKey(byte[] bytes) =>
        // The key ID is a hash prefix, so tokens name their key without revealing it.
        new(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) };
}
