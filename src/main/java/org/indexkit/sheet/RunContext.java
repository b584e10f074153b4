package org.indexkit.sheet;

import java.time.Instant;

/**
 * Facts about a run that the engine cannot know (it has no IO and no clock) but the Provenance
 * sheet must state: where the input came from, its SHA-256, and when it was scored.
 */
public record RunContext(String input, String sha256, Instant time) {}
