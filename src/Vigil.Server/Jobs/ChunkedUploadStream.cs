using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Jobs;

/// <summary>A read-only, forward-only stream over an upload's stored chunks (<see cref="UploadChunks"/>), fetched one
/// at a time on its own context's connection (owned and disposed with the stream), so a 2 GB log is parsed with one
/// chunk in memory. <see cref="BytesRead"/> may be read from another thread (job progress).</summary>
public sealed class ChunkedUploadStream(VigilDbContext db, Guid jobId, long length) : Stream
{
    private byte[] _chunk = [];
    private int _offset;
    private int _nextSeq;
    private long _read;

    public long BytesRead => Interlocked.Read(ref _read);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        if (_offset == _chunk.Length)
        {
            var next = UploadChunks.Read(db.Database.GetDbConnection(), jobId, _nextSeq);
            if (next is null || next.Length == 0)
            {
                return 0;
            }
            _nextSeq++;
            _chunk = next;
            _offset = 0;
        }
        var n = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        Interlocked.Add(ref _read, n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            db.Dispose();
        }
        base.Dispose(disposing);
    }
}
