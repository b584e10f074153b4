package org.indexkit.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that it appears complete or not at all: into a temp file beside it, moved into
 * place on success, deleted on failure or when the JVM is stopped mid-write (see TempFiles). A failed or
 * interrupted run never leaves a half-written workbook.
 */
public final class AtomicFile {
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = TempFiles.create(dir, ".indexkit-", ".tmp");
    try {
      // WRITE without CREATE: when a stop's cleanup has already removed the temp file, writing fails instead of making it again
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.WRITE,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING))) {
        content.writeTo(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      try { // temp files are owner-only; a finished file gets the usual rw-r--r-- where modes exist
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
    } finally {
      TempFiles.delete(tmp); // gone already when moved into place
    }
  }
}
