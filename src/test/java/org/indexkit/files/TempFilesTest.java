package org.indexkit.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run killed with SIGKILL leaves behind (reliability findings, low) is swept the next time a temp file is made there. */
class TempFilesTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("a leftover older than a day is removed when the next temp file of its kind is made; a recent one and other files stay")
  void staleLeftoversSwept() throws Exception {
    Path old = Files.writeString(dir.resolve(".indexkit-123.tmp"), "killed mid-write");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(TempFiles.STALE).minusSeconds(60)));
    Path recent = Files.writeString(dir.resolve(".indexkit-456.tmp"), "another run, still writing");
    Path other = Files.writeString(dir.resolve("notes.tmp"), "the user's");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(TempFiles.STALE).minusSeconds(60)));
    Path fresh = TempFiles.create(dir, ".indexkit-", ".tmp");
    try {
      assertThat(old).doesNotExist();
      assertThat(recent).exists();
      assertThat(other).exists();
      assertThat(fresh).exists();
    } finally {
      TempFiles.delete(fresh);
    }
  }
}
