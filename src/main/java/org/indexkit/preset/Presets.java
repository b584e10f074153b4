package org.indexkit.preset;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every named recipe IndexKit ships, each reproducing a published report. */
public final class Presets {
  private static final List<Preset> ALL = List.of(Set2024.preset(), Gihi2023.preset(), Stcud2021.preset(), DigitalCity2022.preset(),
      NqpfEntropyTopsis.preset());

  private Presets() {}

  public static List<Preset> all() {
    return ALL;
  }

  public static Optional<Preset> find(String id) {
    return ALL.stream().filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
  }

  public static Preset get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no preset \"" + id + "\"; presets are "
        + ALL.stream().map(Preset::id).collect(Collectors.joining(", "))));
  }
}
