package org.indexkit.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temp files that do not outlive the process: each is registered while in use and deleted by
 * {@link #delete} when done, or by a shutdown hook when the JVM is stopped (Ctrl-C, SIGTERM) in the
 * middle of a run. Only a SIGKILL can leave one behind, and then it is an owner-only file in the
 * temp directory, never a file at the output path (outputs are moved into place when complete);
 * such leftovers — files of the same name pattern in the same folder, owned by this user and more
 * than a day old, so no run that is still going — are removed the next time a temp file is made there.
 */
public final class TempFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final Set<String> SWEPT = ConcurrentHashMap.newKeySet();
  static final java.time.Duration STALE = java.time.Duration.ofDays(1);

  /**
   * Held while a file is made and registered, and by the shutdown hook: a stop that arrives between the two
   * waits for the registration, so the hook never misses a file that already exists.
   */
  private static final Object REGISTERING = new Object();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      synchronized (REGISTERING) {
        LIVE.forEach(TempFiles::quietlyDelete);
      }
    }, "indexkit-temp-cleanup"));
  }

  private TempFiles() {}

  /** @param dir where to create it; null = the system temp directory */
  public static Path create(Path dir, String prefix, String suffix) throws IOException {
    Path p;
    synchronized (REGISTERING) {
      p = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
      LIVE.add(p);
    }
    if (SWEPT.add(p.getParent() + "\u0000" + prefix + "\u0000" + suffix)) removeStale(p.getParent(), prefix, suffix);
    return p;
  }

  /** Removes what a killed run left in {@code dir}: this user's files named like ours and older than {@link #STALE}. */
  static void removeStale(Path dir, String prefix, String suffix) {
    long before = System.currentTimeMillis() - STALE.toMillis();
    try (var files = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix)
        && f.getFileName().toString().endsWith(suffix))) {
      String me = System.getProperty("user.name");
      for (Path f : files)
        if (!LIVE.contains(f) && Files.isRegularFile(f) && Files.getLastModifiedTime(f).toMillis() < before
            && Files.getOwner(f).getName().equals(me))
          quietlyDelete(f);
    } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
      // best effort: a folder we cannot list keeps its leftovers
    }
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
