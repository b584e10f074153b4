package org.indexkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The floors of DESIGN.md, checked over the sources: a package may use only packages on lower floors (so
 * there is no cycle), and the engine's floors use no HTTP, POI or Jackson databind. A plain scan of the
 * references {@code org.indexkit.X} in code (imports and qualified names, not strings or comments).
 * The few edges the renovation of issue 14 still has to remove are listed in {@link #KNOWN}, each with its
 * reason, so the list can only shrink: a new violation fails the test.
 */
class ArchitectureTest {
  /** Floors, lowest first; each may use only floors before it (bench, the benchmark runner, starts servers; cli starts everything). */
  static final List<String> FLOORS = List.of("core", "input", "json", "files", "method", "pipeline", "analysis", "preset", "catalogue", "sheet",
      "scoring", "workbook", "server", "bench", "cli");
  /** Engine floors: maths and values only. */
  static final Set<String> PURE = Set.of("core", "method", "pipeline", "analysis");
  static final List<String> FOREIGN_IN_PURE = List.of("io.javalin", "jakarta.servlet", "org.eclipse.jetty", "org.apache.poi",
      "com.fasterxml.jackson.databind");
  /** Front ends that should reach the engine through scoring only (DESIGN.md): today's exceptions, to be removed by issue 14. */
  static final Set<String> KNOWN = Set.of();

  record Edge(String from, String to, String file) {}

  static final Pattern REF = Pattern.compile("org\\.indexkit\\.([a-z]+)");

  /** Code without string literals and comments, so a class name in a message or a javadoc is no dependency. */
  static String code(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
  }

  static List<Edge> edges(Map<String, String> sources) {
    List<Edge> out = new ArrayList<>();
    for (var e : sources.entrySet()) {
      String from = e.getKey().replaceAll("^org/indexkit/([a-z]+)/.*", "$1");
      Matcher m = REF.matcher(code(e.getValue()));
      Set<String> seen = new TreeSet<>();
      while (m.find()) if (!m.group(1).equals(from) && seen.add(m.group(1))) out.add(new Edge(from, m.group(1), e.getKey()));
    }
    return out;
  }

  /** What breaks the rules: edges that do not go down, foreign libraries in the engine. */
  static List<String> violations(Map<String, String> sources) {
    List<String> out = new ArrayList<>();
    for (Edge e : edges(sources)) {
      int from = FLOORS.indexOf(e.from()), to = FLOORS.indexOf(e.to());
      if (from < 0 || to < 0) out.add(e.file() + ": package " + (from < 0 ? e.from() : e.to()) + " has no floor");
      else if (to >= from) out.add(e.file() + ": " + e.from() + " uses " + e.to() + ", which is not below it");
      else if ((e.from().equals("server") || e.from().equals("cli")) && e.to().equals("pipeline") && !KNOWN.contains(e.from() + "->pipeline"))
        out.add(e.file() + ": " + e.from() + " uses pipeline directly; go through scoring");
    }
    for (var e : sources.entrySet()) {
      String pkg = e.getKey().replaceAll("^org/indexkit/([a-z]+)/.*", "$1");
      if (!PURE.contains(pkg)) continue;
      String c = code(e.getValue());
      for (String foreign : FOREIGN_IN_PURE) if (c.contains(foreign + ".")) out.add(e.getKey() + ": " + pkg + " uses " + foreign);
    }
    return out;
  }

  static Map<String, String> mainSources() throws Exception {
    Path root = Path.of("src/main/java");
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList())
        out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
    }
    return out;
  }

  @Test
  @DisplayName("every package uses only the floors below it (so no cycle), and core, method, pipeline and analysis use no HTTP, POI or Jackson databind")
  void floorsHold() throws Exception {
    assertThat(violations(mainSources())).isEmpty();
  }

  @Test
  @DisplayName("the raw-OOXML writer (workbook.xlsx) uses nothing of the workbook readers above it: one way only")
  void xlsxWriterIsOneWay() throws Exception {
    for (var e : mainSources().entrySet())
      if (e.getKey().startsWith("org/indexkit/workbook/xlsx/"))
        assertThat(code(e.getValue())).as(e.getKey()).doesNotContainPattern("org\\.indexkit\\.workbook\\.[A-Z]");
  }

  @Test
  @DisplayName("the check fails on each kind of violation: an upward import, a cycle, a front end skipping scoring, POI in the engine")
  void checkFails() {
    assertThat(violations(Map.of("org/indexkit/core/X.java", "package org.indexkit.core; import org.indexkit.method.Y;")))
        .singleElement().asString().contains("core uses method, which is not below it");
    assertThat(violations(Map.of("org/indexkit/input/A.java", "import org.indexkit.preset.P;", "org/indexkit/preset/P.java", "import org.indexkit.input.A;")))
        .as("a cycle always has an edge that does not go down").hasSize(1);
    assertThat(violations(Map.of("org/indexkit/workbook/W.java", "import org.apache.poi.X; import org.indexkit.pipeline.Pipeline;"))).isEmpty();
    assertThat(violations(Map.of("org/indexkit/method/M.java", "import org.apache.poi.ss.usermodel.Cell;"))).singleElement().asString()
        .contains("method uses org.apache.poi");
    assertThat(violations(Map.of("org/indexkit/core/C.java", "String s = \"org.indexkit.cli.Main\"; // org.indexkit.server"))).as("strings and comments").isEmpty();
  }
}
