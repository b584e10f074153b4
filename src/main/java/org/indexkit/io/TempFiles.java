package org.indexkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temp files that do not outlive the process: each is registered while in use and deleted by
 * {@link #delete} when done, or by a shutdown hook when the JVM is stopped (Ctrl-C, SIGTERM) in the
 * middle of a run. Only a SIGKILL can leave one behind, and then it is an owner-only file in the
 * temp directory, never a file at the output path (outputs are moved into place when complete).
 */
public final class TempFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TempFiles::quietlyDelete), "indexkit-temp-cleanup"));
  }

  private TempFiles() {}

  /** @param dir where to create it; null = the system temp directory */
  public static Path create(Path dir, String prefix, String suffix) throws IOException {
    Path p = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
    LIVE.add(p);
    return p;
  }

  /** Deletes the file if it still exists (it may have been moved into place) and forgets it. */
  public static void delete(Path p) throws IOException {
    try {
      Files.deleteIfExists(p);
    } finally {
      LIVE.remove(p);
    }
  }

  /** How many temp files are in use now (tests check it returns to zero). */
  public static int live() {
    return LIVE.size();
  }

  private static void quietlyDelete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the JVM is stopping; nothing more can be done
    }
  }
}
