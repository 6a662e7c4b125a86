namespace Vigil.Server.Tests.Application.Monitoring;

/// <summary>A read-only stream that cancels a token once a given number of bytes has been read: an ingest
/// interrupted midway, at a point the test chooses.</summary>
internal sealed class CancellingStream(Stream inner, long cancelAfterBytes, CancellationTokenSource cancel) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, Math.Min(count, 4096));
        _read += n;
        if (_read >= cancelAfterBytes)
        {
            cancel.Cancel();
        }
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
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
