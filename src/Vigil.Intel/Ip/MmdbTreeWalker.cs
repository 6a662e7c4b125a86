using System.IO.MemoryMappedFiles;
using System.Reflection;
using MaxMind.Db;

namespace Vigil.Intel.Ip;

/// <summary>
/// Walks an MMDB search tree (MaxMind DB format 2.0, "Search tree section") over a memory-mapped file to find which
/// data record an address points to, without decoding the record. <see cref="GeoDatabase"/> caches decoded records by
/// that pointer: a city record is shared by every network in the city, so most first-seen addresses reuse one.
/// Tree geometry (node count, record size) comes from MaxMind.Db's metadata; when it cannot be read,
/// <see cref="TryCreate"/> returns null and lookups fall back to decoding every time. Thread-safe (read-only).
/// </summary>
internal sealed unsafe class MmdbTreeWalker : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private int _disposed;
    private readonly byte* _tree;
    private readonly long _nodeCount;
    private readonly int _recordSize;
    private readonly int _nodeBytes;
    private readonly long _ipv4Start;

    private MmdbTreeWalker(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* tree, long nodeCount, int recordSize, bool ipv6Tree)
    {
        _file = file;
        _view = view;
        _tree = tree;
        _nodeCount = nodeCount;
        _recordSize = recordSize;
        _nodeBytes = recordSize * 2 / 8;
        // In an IPv6 tree, IPv4 addresses live under ::/96: follow 96 zero bits once.
        long node = 0;
        for (var i = 0; ipv6Tree && i < 96 && node < _nodeCount; i++)
        {
            node = Record(node, 0);
        }
        _ipv4Start = node;
    }

    public static MmdbTreeWalker? TryCreate(string path, Metadata metadata)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        if (typeof(Metadata).GetProperty("NodeCount", Flags)?.GetValue(metadata) is not { } nodes
            || typeof(Metadata).GetProperty("RecordSize", Flags)?.GetValue(metadata) is not { } size)
        {
            return null;
        }
        var nodeCount = Convert.ToInt64(nodes, System.Globalization.CultureInfo.InvariantCulture);
        var recordSize = Convert.ToInt32(size, System.Globalization.CultureInfo.InvariantCulture);
        var treeBytes = nodeCount * recordSize * 2 / 8;
        if (recordSize is not (24 or 28 or 32) || nodeCount <= 0 || treeBytes > new FileInfo(path).Length)
        {
            return null;
        }
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var view = file.CreateViewAccessor(0, treeBytes, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        return new MmdbTreeWalker(file, view, pointer + view.PointerOffset, nodeCount, recordSize, metadata.IPVersion == 6);
    }

    /// <summary>The data pointer for the address (≥ 0), or -1 when the tree has no record for it.</summary>
    public long Find(ReadOnlySpan<byte> address)
    {
        var node = address.Length == 4 ? _ipv4Start : 0;
        var bits = address.Length * 8;
        for (var i = 0; i < bits && node < _nodeCount; i++)
        {
            node = Record(node, (address[i >> 3] >> (7 - (i & 7))) & 1);
        }
        return node > _nodeCount ? node : -1;
    }

    public void Dispose()
    {
        // Hosts may dispose the intelligence twice (its owner and a DI factory registration); releasing the pointer
        // twice would throw.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }

    private long Record(long node, int side)
    {
        var p = _tree + (node * _nodeBytes);
        switch (_recordSize)
        {
            case 24:
                p += side * 3;
                return (p[0] << 16) | (p[1] << 8) | p[2];
            case 28:
                // The middle byte holds the high nibble of the left record and the high nibble of the right one.
                return side == 0
                    ? ((p[3] & 0xF0) << 20) | (p[0] << 16) | (p[1] << 8) | p[2]
                    : ((p[3] & 0x0F) << 24) | (p[4] << 16) | (p[5] << 8) | p[6];
            default:
                p += side * 4;
                return ((long)p[0] << 24) | ((long)p[1] << 16) | ((long)p[2] << 8) | p[3];
        }
    }
}
