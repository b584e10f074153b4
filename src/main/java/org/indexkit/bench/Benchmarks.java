package org.indexkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.StepChoice;
import org.indexkit.json.RecipeJson;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.preset.Presets;

/**
 * The benchmark runner behind {@code indexkit bench}: times the engine, the uncertainty analysis, the
 * HTTP API under concurrent load and a large workbook against the targets of issue 15, the entropy + TOPSIS job
 * against the numpy peer in the same run, and how time
 * grows with entities and indicators. It writes its figures as Markdown between two markers in
 * docs/BENCHMARKS.md, so the analysis written around them stays. Timings are medians in a warm JVM.
 */
public final class Benchmarks {
  public static final String START = "<!-- bench:start (written by `indexkit bench`; edit outside the markers) -->";
  public static final String END = "<!-- bench:end -->";

  /** Problem sizes: the issue's, or small ones that check the runner works (tests). */
  public record Sizes(int engineRows, int engineCols, int topsisRows, int topsisCols, int mcRows, int mcRuns, int auditRows,
                      int auditRuns, int loadRows, int loadCols, int loadClients, int loadRequests, int bookRows, int bookCols,
                      int[] scaleRows, int scaleCols, int[] scaleCols2, int scaleRows2, int warmups, int runs) {
    public static Sizes full() {
      return new Sizes(10_000, 100, 10_000, 50, 300, 1000, 287, 1000, 300, 40, 32, 20_000, 50_000, 50,
          new int[] {1_000, 10_000, 100_000, 1_000_000}, 20, new int[] {10, 100, 1_000, 10_000}, 1_000, 20, 21);
    }

    public static Sizes quick() {
      return new Sizes(200, 20, 200, 10, 40, 20, 40, 10, 30, 8, 4, 200, 300, 5, new int[] {100, 1_000}, 5, new int[] {5, 50}, 100, 1, 3);
    }
  }

  /** One row of the summary: what was measured, its target and whether it was met. */
  record Figure(String what, String target, String result, boolean met) {}

  private final Sizes sizes;
  private final boolean workbook;
  private final PrintStream log;
  private final List<Figure> figures = new ArrayList<>();
  private final StringBuilder details = new StringBuilder();

  public Benchmarks(Sizes sizes, boolean workbook, PrintStream log) {
    this.sizes = sizes;
    this.workbook = workbook;
    this.log = log;
  }

  /** The benchmarks, each runnable on its own ({@code indexkit bench --only entropy-topsis}). */
  public enum Part { engine, entropy_topsis, uncertainty, audit, load, workbook, fullsheet, scaling }

  /** Runs every benchmark and returns the Markdown section. */
  public String run() throws Exception {
    engine();
    entropyTopsis();
    uncertainty();
    audit();
    load();
    if (workbook) {
      workbook();
      fullSheet();
    }
    scaling();
    return markdown();
  }

  /** Runs one benchmark and returns its figures as the Markdown section would show them. */
  public String run(Part part) throws Exception {
    switch (part) {
      case engine -> engine();
      case entropy_topsis -> entropyTopsis();
      case uncertainty -> uncertainty();
      case audit -> audit();
      case load -> load();
      case workbook -> workbook();
      case fullsheet -> fullSheet();
      case scaling -> scaling();
    }
    return markdown();
  }

  private void engine() throws Exception {
    int n = sizes.engineRows(), p = sizes.engineCols();
    Table t = SyntheticIndex.table(n, p, 1);
    IndicatorTree tree = SyntheticIndex.tree(p);
    Recipe gihi = Presets.find("gihi-2023").orElseThrow().recipe();
    Timing scores = time("gihi-2023 engine " + n + " × " + p, () -> Pipeline.run(t, tree, gihi, false));
    Timing audit = time("gihi-2023 engine with statistical audit", () -> Pipeline.run(t, tree, gihi, true));
    figures.add(new Figure("engine, `gihi-2023` recipe on " + shape(n, p) + " (3-level tree, z-scores, every node rescaled to [60, 100], ranks)",
        "≤ 20 ms", scores.describe(), scores.median() <= 20));
    details.append(String.format(Locale.ROOT, "- The same run with the statistical audit (Statistics and Correlations sheets: "
        + "Pearson and Spearman for every pair of the %d indicators): %s.%n", p, audit.describe()));
  }

  /**
   * Entropy weights + TOPSIS on a flat tree (index → indicators, every tenth a cost indicator), with ranks, against the
   * numpy peer in the same run on the same matrix, beside the memory floor: the time to read the matrix once.
   */
  private void entropyTopsis() throws Exception {
    int n = sizes.topsisRows(), p = sizes.topsisCols();
    Table t = SyntheticIndex.table(n, p, 2);
    IndicatorTree tree = SyntheticIndex.flatTree(p);
    List<Integer> costs = new ArrayList<>();
    for (int j = 0; j < p; j++) if (tree.leaves().get(j).direction() == org.indexkit.core.Direction.COST) costs.add(j);
    Recipe r = Recipe.defaults().withNormalise(StepChoice.of("min-max", "min", 0.0, "max", 1.0))
        .withWeights(StepChoice.of("entropy", "scope", "all-indicators")).withAggregate(StepChoice.of("topsis", "norm", "min-max"));
    Timing whole = time("entropy + TOPSIS " + n + " × " + p, () -> Pipeline.run(t, tree, r, false));
    double[] sink = new double[1];
    Timing floor = time("reading the " + n + " × " + p + " matrix once", () -> {
      double s = 0;
      for (double[] row : t.values()) for (double v : row) s += v;
      sink[0] += s;
    });
    var peer = NumpyPeer.run(t, costs, sizes.warmups(), sizes.runs());
    String what = "entropy weights + TOPSIS on " + shape(n, p) + ", flat tree, " + costs.size() + " cost columns, closeness and ranks";
    if (peer.isEmpty()) {
      figures.add(new Figure(what, "≤ half of numpy's time in the same run", whole.describe() + "; numpy peer not run (no python3 with numpy: "
          + "apt-get install python3-numpy)", false));
      return;
    }
    var result = Pipeline.run(t, tree, r, false);
    double[] c = result.composite().scores();
    int[] rk = result.composite().ranks();
    double worst = 0;
    boolean sameRanks = true;
    for (int i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(c[i] - peer.get().closeness()[i]));
      sameRanks &= rk[i] == peer.get().ranks()[i];
    }
    double ratio = whole.median() / peer.get().timing().median();
    figures.add(new Figure(what, "≤ half of numpy's time in the same run", String.format(Locale.ROOT,
        "%s; numpy %s: %s; ratio %.2f; reading the matrix once %s ms", whole.describe(), peer.get().numpy(), peer.get().timing().describe(), ratio,
        Timing.ms(floor.median())), ratio <= 0.5 && worst <= 1e-12 && sameRanks));
    details.append(String.format(Locale.ROOT, "- Entropy + TOPSIS against numpy: the closeness agrees within %.1e (max |Δ|), the ranks are %s; "
        + "the peer is src/main/resources/bench/entropy_topsis.py, timed inside Python after %d warm-ups.%n", worst,
        sameRanks ? "identical" : "NOT identical", sizes.warmups()));
  }

  /** {@code indexkit audit} with the nqpf-entropy-topsis preset's defaults on the report's size ({@link AuditBenchmark}). */
  private void audit() throws Exception {
    figures.add(AuditBenchmark.run(sizes));
  }

  private void uncertainty() throws Exception {
    var preset = Presets.find("gihi-2023").orElseThrow();
    IndicatorTree tree = preset.tree();
    List<String> codes = tree.leaves().stream().map(l -> l.code()).toList();
    Table t = SyntheticIndex.table(sizes.mcRows(), codes, 3);
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(sizes.mcRuns()).weightSpread(0.25).seed(1);
    Timing mc = Timing.of(Math.min(2, sizes.warmups()), Math.max(3, sizes.runs() / 2), () -> ua.run(t, tree, preset.recipe()));
    log.println("uncertainty: " + mc.describe());
    figures.add(new Figure(String.format(Locale.ROOT, "uncertainty analysis, %,d runs on the GIHI tree with %s (weights ±25 %% at all %d nodes)",
        sizes.mcRuns(), shape(sizes.mcRows(), codes.size()), ua.inputs(tree).size()), "≤ 250 ms", mc.describe(), mc.median() <= 250));
  }

  private void load() throws Exception {
    int n = sizes.loadRows(), p = sizes.loadCols();
    byte[] body = computeRequest(SyntheticIndex.table(n, p, 4), SyntheticIndex.tree(p));
    LoadTest.Result r = LoadTest.run(body, sizes.loadClients(), sizes.loadRequests(), Duration.ofMinutes(5));
    log.println("load: p99 " + r.percentile(0.99) + " ms, errors " + r.errors());
    int sent = r.latencies().length;
    figures.add(new Figure(String.format(Locale.ROOT, "`POST /api/v1/compute?include=sheets` (what the pane asks), %s with a 3-level tree, min-max and 4 k-means tiers, "
        + "%d concurrent loopback clients, %,d requests", shape(n, p), sizes.loadClients(), sent), "p99 ≤ 50 ms, 0 errors",
        String.format(Locale.ROOT, "p99 %s ms (p50 %s, p90 %s, max %s), %d errors, %.0f requests/s", Timing.ms(r.percentile(0.99)),
            Timing.ms(r.percentile(0.5)), Timing.ms(r.percentile(0.9)), Timing.ms(r.percentile(1)), r.errors(), sent / r.seconds()),
        r.percentile(0.99) <= 50 && r.errors() == 0 && sent == sizes.loadRequests()));
    boolean back = r.heapAfter() <= r.heapBefore() + Math.max(16L << 20, r.heapBefore() / 10);
    figures.add(new Figure("server heap after the load (in use after a full GC)", "returns to the baseline",
        String.format(Locale.ROOT, "before %s, peak during %s, after %s", mib(r.heapBefore()), mib(r.heapPeak()), mib(r.heapAfter())), back));
    if (r.firstError() != null) details.append("- First load error: `").append(r.firstError().replace('`', '\'')).append("`\n");
    LoadTest.Result few = LoadTest.run(body, Math.max(1, sizes.loadClients() / 8), sizes.loadRequests() / 10, Duration.ofMinutes(2));
    details.append(String.format(Locale.ROOT, "- The same request from %d concurrent clients (%,d requests): p99 %s ms, p50 %s ms, %d errors.%n",
        Math.max(1, sizes.loadClients() / 8), few.latencies().length, Timing.ms(few.percentile(0.99)), Timing.ms(few.percentile(0.5)), few.errors()));
    details.append(String.format(Locale.ROOT, "- Load: %,d-byte request body, the server's compute pool has %d threads; "
        + "%.1f s of load.%n", body.length, Runtime.getRuntime().availableProcessors(), r.seconds()));
  }

  private void workbook() throws Exception {
    figures.add(WorkbookBenchmark.workbook(sizes));
  }

  private void fullSheet() throws Exception {
    figures.add(WorkbookBenchmark.fullSheet(sizes, details));
  }

  private void scaling() throws Exception {
    Recipe r = Recipe.defaults();
    details.append("\n### How time grows\n\nDefault recipe (min-max, equal weights, weighted arithmetic mean, ranks), 3-level tree, "
        + "no statistical audit. *Growth* is the time ratio to the previous row divided by the size ratio: 1.0 is linear.\n\n"
        + "| entities × indicators | median | per cell | growth |\n|---|---|---|---|\n");
    scale(sizes.scaleRows(), null, sizes.scaleCols(), r);
    scale(sizes.scaleCols2(), sizes.scaleRows2(), 0, r);
  }

  private void scale(int[] steps, Integer fixedRows, int fixedCols, Recipe r) throws Exception {
    double previous = 0, previousCells = 0;
    for (int s : steps) {
      int n = fixedRows == null ? s : fixedRows, p = fixedRows == null ? fixedCols : s;
      Table t = SyntheticIndex.table(n, p, 5);
      IndicatorTree tree = SyntheticIndex.tree(p);
      Timing tm = time("scale " + n + " × " + p, () -> Pipeline.run(t, tree, r, false));
      double cells = (double) n * p;
      String growth = previous == 0 ? "" : String.format(Locale.ROOT, "%.2f", (tm.median() / previous) / (cells / previousCells));
      details.append(String.format(Locale.ROOT, "| %s | %s ms | %.0f ns | %s |%n", shape(n, p), Timing.ms(tm.median()),
          tm.median() * 1e6 / cells, growth));
      previous = tm.median();
      previousCells = cells;
    }
  }

  private Timing time(String what, Timing.Work work) throws Exception {
    Timing t = Timing.of(sizes.warmups(), sizes.runs(), work);
    log.println(what + ": " + t.describe());
    return t;
  }

  /** The task pane's request for a table: entity names, indicator headers, values, the tree and a recipe. */
  static byte[] computeRequest(Table t, IndicatorTree tree) throws IOException {
    List<List<Double>> values = new ArrayList<>();
    for (double[] row : t.values()) values.add(java.util.Arrays.stream(row).boxed().toList());
    return RecipeJson.MAPPER.writeValueAsBytes(Map.of(
        "table", Map.of("entities", t.entities(), "indicators", t.indicators(), "values", values, "origin", "Data!A1"),
        "tree", tree.nodes(),
        "recipe", Map.of("normalise", Map.of("method", "min-max"), "tiers", Map.of("method", "k-means", "k", 4))));
  }

  private String markdown() {
    var rt = ManagementFactory.getRuntimeMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    StringBuilder md = new StringBuilder(START).append("\n\n");
    md.append(String.format(Locale.ROOT, "Measured %s on %s, %d cores, %.1f GB RAM, %s %s; %s %s (%s), heap max %s.%n%n",
        LocalDate.now(), cpu(), Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
        System.getProperty("os.name"), System.getProperty("os.version"), rt.getVmName(), System.getProperty("java.version"),
        rt.getVmVendor(), mib(Runtime.getRuntime().maxMemory())));
    md.append("Command: `mvn -B -q package -DskipTests && java -jar target/indexkit.jar bench` (about 10 minutes). ")
        .append(String.format(Locale.ROOT, "Each engine figure is the median of %d timed runs after %d warm-up runs in one JVM.%n%n",
            sizes.runs(), sizes.warmups()));
    md.append("| benchmark | target | measured | met |\n|---|---|---|---|\n");
    for (Figure f : figures)
      md.append("| ").append(f.what()).append(" | ").append(f.target()).append(" | ").append(f.result()).append(" | ")
          .append(f.met() ? "yes" : "**no**").append(" |\n");
    md.append('\n').append(details).append('\n').append(END);
    return md.toString();
  }

  /** Replaces the section between the markers (or appends it) and leaves the rest of the document as it was. */
  public static void writeInto(Path doc, String section) throws IOException {
    String old = Files.exists(doc) ? Files.readString(doc) : "# IndexKit benchmarks\n\n";
    int a = old.indexOf(START), b = old.indexOf(END);
    String updated = a >= 0 && b > a ? old.substring(0, a) + section + old.substring(b + END.length())
        : old + (old.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
    Files.createDirectories(doc.toAbsolutePath().getParent());
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  static String shape(int n, int p) {
    return String.format(Locale.ROOT, "%,d × %,d", n, p);
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

}
