package org.indexkit.cli;

import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;
import picocli.CommandLine.Command;

/** {@code indexkit presets}: what each preset reproduces and which variants it chose. */
@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "List the presets, the report each reproduces, and the variants each had to choose.")
final class PresetsCommand implements Runnable {

  @Override
  public void run() {
    for (Preset p : Presets.all()) {
      System.out.println(p.id() + " — " + p.title() + " / " + p.titleZh());
      System.out.println("  source: " + p.source());
      System.out.println("  tree: " + p.tree().nodes().size() + " nodes, " + p.tree().leaves().size() + " leaves");
      for (String n : p.notes()) System.out.println("  - " + n.substring(n.indexOf(':') + 2));
      System.out.println();
    }
  }
}
