package org.indexkit.cli;

import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code indexkit presets}: what each preset reproduces and which variants it chose. */
@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "List the presets, the report each reproduces, and the variants each had to choose.")
final class PresetsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    java.io.PrintWriter out = spec.commandLine().getOut();
    for (Preset p : Presets.all()) {
      out.println(p.id() + " — " + p.title() + " / " + p.titleZh());
      out.println("  source: " + p.source());
      out.println("  tree: " + p.tree().nodes().size() + " nodes, " + p.tree().leaves().size() + " leaves");
      for (String n : p.notes()) out.println("  - " + n.substring(n.indexOf(':') + 2));
      out.println();
    }
  }
}
