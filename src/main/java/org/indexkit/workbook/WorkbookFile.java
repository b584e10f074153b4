package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;

/**
 * The checks an untrusted workbook passes before POI opens it: a size cap, the right kind of file
 * (a zip, not a legacy .xls or a password-protected OLE2 container), and POI's zip-bomb limits,
 * set here once so the code states them. Formulas are never evaluated and external links never
 * followed: IndexKit only reads the values Excel cached.
 */
public final class WorkbookFile {
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(0.01); // an entry may expand at most 100×
    ZipSecureFile.setMaxEntrySize(2L * 1024 * 1024 * 1024);
    ZipSecureFile.setMaxFileCount(10_000);
    ZipSecureFile.setMaxTextSize(10_485_760); // POI's default: 10 M characters of shared strings
  }

  private WorkbookFile() {}

  /** Refuses what IndexKit cannot safely read, with the reason in words. */
  public static void check(Path file, String name, long maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes)
      throw refuse(name + " is " + mb(size) + "; IndexKit reads workbooks up to " + mb(maxBytes));
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsm") || lower.endsWith(".xltm") || lower.endsWith(".xlsb"))
      throw refuse(name + " is a macro-enabled or binary workbook; save it as an Excel Workbook (.xlsx) first");
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0)
      throw refuse(name + " is a legacy Excel 97–2003 (.xls) or password-protected workbook; "
          + "remove the password and save it as an Excel Workbook (.xlsx)");
    if (n < 4 || head[0] != 'P' || head[1] != 'K')
      throw refuse(name + " is not an Excel workbook (.xlsx)");
  }

  static InvalidInputException refuse(String message) {
    return new InvalidInputException(Problem.of("workbook", message));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
