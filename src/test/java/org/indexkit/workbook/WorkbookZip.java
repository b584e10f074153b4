package org.indexkit.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

/** Reads every entry of a workbook's bytes to the end: a truncated or corrupt one throws. */
public final class WorkbookZip {
  private WorkbookZip() {}

  public static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        in.readAllBytes();
        names.add(e.getName());
      }
    }
    if (names.isEmpty()) throw new IOException("not a zip: no entries");
    return names;
  }
}
