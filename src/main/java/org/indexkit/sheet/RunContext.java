package org.indexkit.sheet;

import java.time.Instant;

/**
 * Facts about a run that the engine cannot know (it has no IO and no clock) but the Provenance
 * sheet must state: where the input came from, its SHA-256, when it was scored, and what the reader
 * did to cells (read as missing, percentages), which the Audit sheet lists.
 */
public record RunContext(String input, String sha256, Instant time, java.util.List<String> notes) {

  public RunContext {
    notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
  }

  public RunContext(String input, String sha256, Instant time) {
    this(input, sha256, time, null);
  }
}
