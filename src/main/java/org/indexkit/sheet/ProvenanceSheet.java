package org.indexkit.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.json.RecipeJson;

/** The Provenance sheet: version, preset and source report, input and its SHA-256, time, the recipe as JSON, every method variant in words. */
final class ProvenanceSheet {
  private ProvenanceSheet() {}

  static SheetPlan of(IndexResult r, List<org.indexkit.analysis.Analysis.Outcome> analyses, RunContext run) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("key", "Key", "@"), new SheetPlan.Column("value", "Value", "@"));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList("IndexKit version", r.provenance().version()));
    if (r.provenance().recipe().preset() != null) rows.add(Arrays.asList("Preset", r.provenance().recipe().preset()));
    // the report a preset reproduces and the choices it made: from the preset itself (the engine knows no presets)
    var preset = r.provenance().recipe().preset() == null ? java.util.Optional.<org.indexkit.preset.Preset>empty()
        : org.indexkit.preset.Presets.find(r.provenance().recipe().preset());
    String source = r.provenance().source() != null ? r.provenance().source() : preset.map(org.indexkit.preset.Preset::source).orElse(null);
    if (source != null) rows.add(Arrays.asList("Source report", source));
    if (run != null) {
      if (run.input() != null) rows.add(Arrays.asList("Input", run.input()));
      if (run.sha256() != null) rows.add(Arrays.asList("Input SHA-256", run.sha256()));
      if (run.time() != null) rows.add(Arrays.asList("Computed at (UTC)", run.time().toString()));
    }
    try {
      rows.add(Arrays.asList("Recipe (JSON)", RecipeJson.MAPPER.writeValueAsString(r.provenance().recipe())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (String v : r.provenance().variants()) rows.add(Arrays.asList("Method variant", v));
    preset.ifPresent(p -> p.notes().forEach(n -> rows.add(Arrays.asList("Method variant", n))));
    for (var a : analyses) rows.add(Arrays.asList("Analysis", a.variant()));
    return new SheetPlan("Provenance", cols, rows);
  }

}
