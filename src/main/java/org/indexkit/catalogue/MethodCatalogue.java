package org.indexkit.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.Analyses;
import org.indexkit.core.Indicator;
import org.indexkit.core.Label;
import org.indexkit.core.Param;
import org.indexkit.core.Recipe;
import org.indexkit.core.Version;
import org.indexkit.method.MethodRegistry;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * Every recipe step, option, parameter and preset, with labels in English and 简体中文: the one
 * source the task pane builds its menus from ({@code GET /api/v1/methods}), generated from the
 * {@link MethodRegistry} and the {@link Analyses} (nothing is restated here). Step and parameter ids are the Recipe's keys
 * ({@code analyses.coupling} is the field {@code coupling} of the recipe's {@code analyses}), so a choice in the pane is a
 * recipe field as is.
 */
public final class MethodCatalogue {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Option(String id, Label label, Label description, List<Param> parameters) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String id, Label label, String type, Object defaultValue, List<Option> options) {}

  /** A preset's recipe as it runs (every default filled in), its tree and where it comes from. */
  public record PresetEntry(String id, Label title, String source, List<String> notes, Recipe recipe, List<Indicator> tree) {}

  public record Catalogue(String version, List<Step> steps, List<PresetEntry> presets) {}

  private MethodCatalogue() {}

  private static final List<Step> STEPS = steps();

  public static Catalogue get() {
    return new Catalogue(Version.get(), STEPS, Presets.all().stream().map(MethodCatalogue::entry).toList());
  }

  private static PresetEntry entry(Preset p) {
    return new PresetEntry(p.id(), Label.of(p.title(), p.titleZh()), p.source(), p.notes(), MethodRegistry.resolve(p.recipe()), p.tree().nodes());
  }

  private static List<Step> steps() {
    List<Step> out = new ArrayList<>();
    for (StepSpec<?> s : MethodRegistry.STEPS) out.add(step(s));
    out.add(new Step("leagues", Label.of("Separate leagues by Group", "按分组单独排名"), "boolean", false, null));
    out.add(new Step("formulas", Label.of("Live formulas (Calc sheet)", "公式模式（Calc 工作表）"), "boolean", false, null));
    for (StepSpec<?> s : Analyses.STEPS) out.add(step(s));
    return List.copyOf(out);
  }

  private static Step step(StepSpec<?> s) {
    List<Option> options = new ArrayList<>();
    for (MethodSpec<?> m : s.methods())
      options.add(new Option(m.id(), m.label(), m.description(), m.params().isEmpty() ? null : m.params()));
    return new Step(s.key(), s.label(), "choice", s.defaultMethod(), List.copyOf(options));
  }
}
