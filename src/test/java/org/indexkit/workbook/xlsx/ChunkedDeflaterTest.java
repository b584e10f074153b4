package org.indexkit.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChunkedDeflaterTest {
  @Test
  @DisplayName("3.5 MB written in odd-sized pieces: the joined chunks inflate (raw deflate) to exactly the input, with the input's CRC-32 and length")
  void chunksJoinIntoOneStream() throws Exception {
    StringBuilder sb = new StringBuilder();
    Random rnd = new Random(4);
    while (sb.length() < 3_500_000) sb.append("<c r=\"B").append(rnd.nextInt(50_000)).append("\"><v>").append(rnd.nextDouble()).append("</v></c>");
    byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
    var pool = Executors.newFixedThreadPool(2);
    ResultAppender.Deflated d;
    try {
      ChunkedDeflater out = new ChunkedDeflater(pool, 2);
      for (int off = 0; off < input.length; ) {
        int n = Math.min(input.length - off, 1 + rnd.nextInt(70_000));
        if (n == 1) out.write(input[off]);
        else out.write(input, off, n);
        off += n;
      }
      d = out.finish();
    } finally {
      pool.shutdownNow();
    }
    Inflater inflater = new Inflater(true);
    inflater.setInput(d.bytes());
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!inflater.finished()) {
      int n = inflater.inflate(buf);
      if (n == 0 && inflater.needsInput()) throw new AssertionError("the stream ends before its final block");
      back.write(buf, 0, n);
    }
    inflater.end();
    assertThat(back.toByteArray()).isEqualTo(input);
    CRC32 crc = new CRC32();
    crc.update(input);
    assertThat(d.crc()).isEqualTo(crc.getValue());
    assertThat(d.size()).isEqualTo(input.length);
    assertThat(d.bytes().length).isLessThan(input.length / 2);
  }
}
