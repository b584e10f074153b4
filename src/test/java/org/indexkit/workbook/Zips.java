package org.indexkit.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Copies a zip, rewriting the text of the named entries. */
final class Zips {
  private Zips() {}

  static Path rewrite(Path in, Path out, Map<String, UnaryOperator<String>> edits) throws Exception {
    try (ZipFile z = new ZipFile(in.toFile()); ZipOutputStream o = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        byte[] b = z.getInputStream(e).readAllBytes();
        if (edits.containsKey(e.getName()))
          b = edits.get(e.getName()).apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        o.putNextEntry(new ZipEntry(e.getName()));
        o.write(b);
        o.closeEntry();
      }
    }
    return out;
  }
}
