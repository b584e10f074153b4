package org.indexkit.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates what is written to it on several threads, pigz's way: the data is cut into 1 MB chunks,
 * each compressed on its own (raw deflate, fastest level) and ended with a full flush, so the chunks'
 * outputs joined in order are one valid deflate stream. The CRC-32 and length a zip entry needs are
 * computed in order as the data arrives. Writing a 50,000-row result sheet is mostly deflate time;
 * this spreads it over the cores.
 */
final class ChunkedDeflater extends OutputStream {
  private static final int CHUNK = 1 << 20;

  private final ExecutorService pool;
  private final int inFlight;
  private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 16);
  private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
  private final CRC32 crc = new CRC32();
  private long size;
  private byte[] buf = new byte[CHUNK];
  private int len;
  private boolean finished;

  ChunkedDeflater(ExecutorService pool, int threads) {
    this.pool = pool;
    this.inFlight = 2 * threads; // bounds the memory held by chunks not yet compressed
  }

  @Override
  public void write(int b) throws IOException {
    if (len == CHUNK) submit(false);
    buf[len++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int n) throws IOException {
    while (n > 0) {
      if (len == CHUNK) submit(false);
      int k = Math.min(n, CHUNK - len);
      System.arraycopy(b, off, buf, len, k);
      len += k;
      off += k;
      n -= k;
    }
  }

  /** Compresses what is left, waits for every chunk, and returns the part ready for the zip. */
  ResultAppender.Deflated finish() throws IOException {
    if (!finished) {
      submit(true);
      finished = true;
    }
    while (!pending.isEmpty()) drainOne();
    return new ResultAppender.Deflated(compressed.toByteArray(), crc.getValue(), size);
  }

  private void submit(boolean last) throws IOException {
    byte[] chunk = buf;
    int n = len;
    crc.update(chunk, 0, n);
    size += n;
    pending.add(pool.submit(() -> deflate(chunk, n, last)));
    buf = new byte[CHUNK];
    len = 0;
    while (pending.size() > inFlight) drainOne();
  }

  private void drainOne() throws IOException {
    try {
      compressed.write(pending.removeFirst().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing");
    } catch (ExecutionException e) {
      throw new IOException("compression failed", e.getCause());
    }
  }

  private static byte[] deflate(byte[] chunk, int n, boolean last) {
    Deflater d = new Deflater(Deflater.BEST_SPEED, true);
    try {
      d.setInput(chunk, 0, n);
      ByteArrayOutputStream out = new ByteArrayOutputStream(n / 3 + 64);
      byte[] tmp = new byte[1 << 16];
      if (last) {
        d.finish();
        while (!d.finished()) out.write(tmp, 0, d.deflate(tmp));
      } else {
        int k;
        do { // a full flush ends on a byte boundary with nothing pending: the next chunk can follow directly
          k = d.deflate(tmp, 0, tmp.length, Deflater.FULL_FLUSH);
          out.write(tmp, 0, k);
        } while (k == tmp.length);
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }
}
