package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.indexkit.SeedTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in-process: what a researcher sees on the terminal and finds in the output folder. */
class ScoreCommandTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The 30 SET cities' nine sub-dimension scores (1 dp) from the published dimension tables. */
  Path setSubDimensions() throws Exception {
    SeedTable total = SeedTable.load("002_set_index_total");
    SeedTable edu = SeedTable.load("002_education_dimension");
    SeedTable tal = SeedTable.load("002_talent_dimension");
    SeedTable st = SeedTable.load("002_scitech_dimension");
    StringBuilder csv = new StringBuilder("city,basic_education,higher_education,research_talent,industry_talent,"
        + "talent_potential,scientific_research,technological_innovation,industrial_development,innovation_ecosystem\n");
    for (String city : total.column("city_en")) {
      var e = edu.row("city_en", city);
      var t = tal.row("city_en", city);
      var s = st.row("city_en", city);
      csv.append(String.join(",", List.of(city, e.get("basic_education"), e.get("higher_education"),
          t.get("research_talent"), t.get("industry_talent"), t.get("talent_potential"), s.get("scientific_research"),
          s.get("technological_innovation"), s.get("industrial_development"), s.get("innovation_ecosystem")))).append('\n');
    }
    Path p = dir.resolve("set.csv");
    Files.writeString(p, csv);
    return p;
  }

  @Test
  @DisplayName("score with --preset set-2024 and normalise=none prints Boston first with 85.83 and writes the CSVs")
  void setFromSubDimensions() throws Exception {
    Path out = dir.resolve("results");
    Run r = run("score", setSubDimensions().toString(), "--preset", "set-2024", "--set", "normalise=none", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String first = r.out().lines().skip(1).findFirst().orElseThrow();
    assertThat(first).matches("\\s+1\\s+Boston\\s+85\\.83");
    assertThat(out.resolve("scores.csv")).exists();
    assertThat(out.resolve("ranks.csv")).exists();
    assertThat(out.resolve("weights.csv")).content().contains("talent_potential,Talent potential,talent,2,0.3,0.09,given 0.3");
    assertThat(out.resolve("provenance.csv")).content().contains("Input SHA-256").contains("set-2024: talent = 0.35 research");
    assertThat(out.resolve("tiers.csv")).doesNotExist();
  }

  @Test
  @DisplayName("--lang zh writes the result sheets in Chinese (the tree's Chinese names), with the same numbers")
  void chinese() throws Exception {
    Path out = dir.resolve("zh");
    Run r = run("score", setSubDimensions().toString(), "--preset", "set-2024", "--set", "normalise=none", "--lang", "zh", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).contains("得分.csv", "排名.csv", "来源.csv");
    }
    List<String> scores = Files.readAllLines(out.resolve("得分.csv"));
    assertThat(scores.get(0)).startsWith("\uFEFF对象,");
    assertThat(scores.get(1)).startsWith("Boston,85.826");
  }

  @Test
  @DisplayName("tiers requested on the command line produce tiers.csv with the labels asked for")
  void tiersFile() throws Exception {
    Path out = dir.resolve("t");
    Run r = run("score", setSubDimensions().toString(), "--preset", "set-2024", "--set", "normalise=none",
        "--set", "tiers=k-means", "--set", "tiers.k=3", "--set", "stars=quantile", "--set", "stars.k=5", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("tiers.csv"));
    assertThat(lines.get(0)).startsWith("\uFEFFEntity,SET Index 2024 tier,SET Index 2024 stars"); // with the UTF-8 byte-order mark
    assertThat(lines.get(1)).startsWith("Boston,Tier 1,★★★★★");
  }

  @Test
  @DisplayName("bad input: exit 2 and every problem with its cell, no stack trace")
  void badInput() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "city,a,b\nP,1,2\nQ,x,3\nR,2,\n");
    Run r = run("score", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv!B3: \"x\" is not a number").doesNotContain("Exception").doesNotContain("\tat ");
    Files.writeString(bad, "city,a,b\nP,1,2\nQ,2,3\nR,2,\n");
    assertThat(run("score", bad.toString()).err()).contains("bad.csv!C4: \"R\" has no value for \"b\"");
    assertThat(run("score", bad.toString(), "--preset", "nope").err()).contains("no preset \"nope\"");
    Run missing = run("score", dir.resolve("missing.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("No such file").contains("missing.csv");
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  @DisplayName("reliability finding H1 on the CLI: a CSV cell of 40,000 numeric-looking characters exits 2 at once, naming the cell")
  void longNumericLookingCell() throws Exception {
    Path bad = dir.resolve("redos.csv");
    Files.writeString(bad, "City,x1\na," + "1".repeat(40_000) + "x\nb,4\nc,6\n");
    Run r = run("score", bad.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("redos.csv!B2").contains("is not a number (40001 characters)");
    assertThat(r.err().length()).isLessThan(2_000);
  }

  @Test
  @DisplayName("issue 13: the summary is one list when leagues are off (a Group column alone does not split it), says when "
      + "percentages were read as fractions, and says when nothing was written")
  void summary() throws Exception {
    Path csv = dir.resolve("g.csv");
    Files.writeString(csv, "City,Group,a,b\nP,north,10%,1\nQ,south,20%,3\nR,north,15%,2\nS,south,5%,4\n");
    Run r = run("score", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("-- north").doesNotContain("-- south")
        .contains("4 cells were percentages, read as fractions (12% → 0.12; listed in Audit)")
        .contains("Nothing was written: give -o DIR");
    List<String> lines = r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+.*")).toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("Q"); // one ranking over all four
    Run leagues = run("score", csv.toString(), "--set", "leagues=true");
    assertThat(leagues.out()).contains("-- north").contains("-- south");
  }

  /** The result CSV of a sheet (UTF-8 with a byte-order mark, as Excel needs it). */
  List<List<String>> csv(Path out, String sheet) throws Exception {
    byte[] b = Files.readAllBytes(out.resolve(sheet + ".csv"));
    assertThat(new String(b, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).as("UTF-8 byte-order mark").isEqualTo("\u00EF\u00BB\u00BF");
    return org.indexkit.input.Csv.parse(new String(b, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Scores a file and returns the first column of its Scores CSV (the entity names) and its Audit CSV as text. */
  List<String> scoreAndRead(Path file, String expectInAudit) throws Exception {
    Path out = dir.resolve("out-" + file.getFileName());
    Run r = run("score", file.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("\uFFFD");
    String audit = String.join("\n", csv(out, "audit").stream().map(row -> String.join(" | ", row)).toList());
    assertThat(audit).contains(expectInAudit);
    return csv(out, "scores").stream().skip(1).map(row -> row.get(0)).toList();
  }

  @Test
  @DisplayName("issue 13 must-show 1: GB18030, UTF-16, Windows-1252 and semicolon CSVs written by the test are scored with their "
      + "names intact, and the detection is stated in Audit")
  void realWorldCsvs() throws Exception {
    Path gb = dir.resolve("gb.csv"); // Excel's "CSV (逗号分隔)" on Chinese Windows
    Files.write(gb, "城市,科技投入,专利数量\n北京,12.5,300\n上海,11.2,280\n深圳,9.8,410\n".getBytes("GB18030"));
    assertThat(scoreAndRead(gb, "read as GB18030")).containsExactlyInAnyOrder("北京", "上海", "深圳");

    Path utf16 = dir.resolve("unicode.csv"); // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated
    Files.write(utf16, "\uFEFFCity\tx1\tx2\nZürich\t1\t2\n東京\t3\t1\nSão Paulo\t2\t5\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThat(scoreAndRead(utf16, "read as UTF-16LE")).containsExactlyInAnyOrder("Zürich", "東京", "São Paulo");

    Path western = dir.resolve("western.csv"); // Excel's "CSV" in Western Europe: Windows-1252
    Files.write(western, "City,x1,x2\nZürich,1,2\nSão Paulo,3,1\nMünchen,2,5\n".getBytes("windows-1252"));
    assertThat(scoreAndRead(western, "read as windows-1252")).containsExactlyInAnyOrder("Zürich", "São Paulo", "München");

    Path semicolons = dir.resolve("eu.csv"); // Excel in most of Europe: semicolons and decimal commas
    Files.writeString(semicolons, "City;x1;x2\nLyon;6,96;1.234,5\nLille;1,5;2.000\nNice;3;12,5%\n");
    assertThat(scoreAndRead(semicolons, "columns separated by semicolons; numbers read with a decimal comma"))
        .containsExactlyInAnyOrder("Lyon", "Lille", "Nice");
    Path out = dir.resolve("out-eu.csv");
    var scores = csv(out, "scores");
    int x1 = scores.get(0).indexOf("x1");
    assertThat(scores.stream().skip(1).filter(r -> r.get(0).equals("Lyon")).findFirst().orElseThrow().get(x1))
        .as("6,96 is the largest x1: min-max 1").isEqualTo("1");

    Run forced = run("score", western.toString(), "--encoding", "UTF-8");
    assertThat(forced.exit()).isEqualTo(2);
    assertThat(forced.err()).contains("western.csv is not valid UTF-8 text (as --encoding says)").doesNotContain("Input length");
  }

  @Test
  @DisplayName("issue 13 must-show 6: numbers in the result CSVs read back as exactly the doubles the engine computed")
  void csvNumbersExact() throws Exception {
    Path in = dir.resolve("n.csv");
    StringBuilder sb = new StringBuilder("City,a,b,c\n");
    java.util.Random rnd = new java.util.Random(9);
    for (int i = 0; i < 60; i++) sb.append("e").append(i).append(',').append(rnd.nextDouble() * 1e3).append(',').append(rnd.nextGaussian())
        .append(',').append(1 / (1 + rnd.nextDouble())).append('\n');
    Files.writeString(in, sb);
    Path out = dir.resolve("n-out");
    assertThat(run("score", in.toString(), "-o", out.toString()).exit()).isZero();
    var result = org.indexkit.pipeline.Pipeline.run(org.indexkit.input.TableCsv.read("n.csv", sb.toString()).table(),
        org.indexkit.scoring.ScoringSetup.resolve(null, null, "t", null, Map.of(), org.indexkit.input.TableCsv.read("n.csv", sb.toString()).table()).tree(),
        org.indexkit.core.Recipe.defaults());
    var rows = csv(out, "scores");
    int col = 1; // the composite
    for (int r = 1; r < rows.size(); r++) {
      int row = result.entities().indexOf(rows.get(r).get(0));
      double written = Double.parseDouble(rows.get(r).get(col));
      assertThat(Double.doubleToRawLongBits(written)).as(rows.get(r).get(0)).isEqualTo(Double.doubleToRawLongBits(result.composite().scores()[row]));
    }
  }

  @Test
  @DisplayName("issue 13: -o x.xlsx with a CSV input is refused instead of making a folder named x.xlsx")
  void csvToXlsxRefused() throws Exception {
    Path in = dir.resolve("s.csv");
    Files.writeString(in, "City,a\nP,1\nQ,2\n");
    Run r = run("score", in.toString(), "-o", dir.resolve("x.xlsx").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("give -o DIR");
    assertThat(dir.resolve("x.xlsx")).doesNotExist();
  }

  @Test
  @DisplayName("issue 13 must-show 5: audit takes a workbook and writes a copy with Sensitivity and the other robustness sheets; "
      + "the same seed gives identical sheets")
  void auditWorkbook() throws Exception {
    Path a = dir.resolve("a.xlsx"), b = dir.resolve("b.xlsx");
    for (Path out : List.of(a, b)) {
      Run r = run("audit", "workbooks/gihi-2023.xlsx", "--runs", "80", "--sobol", "16", "--seed", "5", "-o", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    try (var wa = org.indexkit.workbook.Workbooks.open(a); var wb = org.indexkit.workbook.Workbooks.open(b)) {
      for (String sheet : List.of("Sensitivity", "Sensitivity runs", "Sensitivity indices", "Indicator importance", "Statistics", "Scores")) {
        assertThat(wa.getSheet(sheet)).as(sheet).isNotNull();
        assertThat(org.indexkit.workbook.Workbooks.cells(wa.getSheet(sheet))).as(sheet + " with the same seed")
            .isEqualTo(org.indexkit.workbook.Workbooks.cells(wb.getSheet(sheet)));
      }
      assertThat(wa.getSheet("Data")).as("the user's own sheets are kept").isNotNull();
    }
  }

  @Test
  @DisplayName("issue 13 must-show 5: on the nqpf-entropy-topsis template the check gives rank intervals wider than a point, and "
      + "Provenance says that the derived entropy weights themselves were perturbed; issue 18: the Sensitivity sheet charts them "
      + "as bars from the 5th to the 95th percentile rank")
  void auditDerivedWeights() throws Exception {
    Path out = dir.resolve("nqpf.xlsx");
    Run r = run("audit", "workbooks/nqpf-entropy-topsis.xlsx", "--runs", "60", "--sobol", "0", "--lang", "en", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    try (var wb = org.indexkit.workbook.Workbooks.open(out)) {
      var rows = org.indexkit.workbook.Workbooks.cells(wb.getSheet("Sensitivity"));
      // Workbooks.cells describes each cell as "D2=n:1.0 [format…]": columns D and E are the 5th and 95th percentile ranks
      assertThat(rows.get(0).get(3)).contains("5th percentile rank");
      assertThat(rows.get(0).get(4)).contains("95th percentile rank");
      assertThat(rows.stream().skip(1).filter(row -> !row.get(3).replaceAll("^D\\d+=|\\s.*", "").equals(row.get(4).replaceAll("^E\\d+=|\\s.*", "")))
          .count()).as("intervals wider than a point").isPositive();
      assertThat(org.indexkit.workbook.Workbooks.cells(wb.getSheet("Provenance")).toString())
          .contains("the weights perturbed are the derived entropy weights themselves");
      // the rank-interval chart: per city a bar from the 5th percentile rank (D, not drawn) as long as the width (F = E − D)
      var sens = wb.getSheet("Sensitivity");
      for (int i = 1; i <= sens.getLastRowNum(); i++)
        assertThat(sens.getRow(i).getCell(5).getNumericCellValue()).as("width, row " + (i + 1))
            .isEqualTo(sens.getRow(i).getCell(4).getNumericCellValue() - sens.getRow(i).getCell(3).getNumericCellValue());
      var charts = sens.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      var bars = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) charts.get(0).getChartSeries().get(0);
      assertThat(bars.getBarGrouping()).isEqualTo(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
      assertThat(bars.getSeriesCount()).isEqualTo(2);
      assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Sensitivity'!$D$2:$D$31");
      assertThat(bars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("'Sensitivity'!$F$2:$F$31");
      assertThat(bars.getSeries(0).getShapeProperties().getFillProperties())
          .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFNoFillProperties.class);
      assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Rank 5–95 % intervals — top 30");
    }
  }

  @Test
  @DisplayName("issue 13: a busy port is named with --port, not reported as an internal error")
  void busyPort() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run r = run("serve", "--http", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use").contains("--port")
          .doesNotContain("Internal error").doesNotContain("JavalinBindException");
    }
  }

  @Test
  @DisplayName("--help works on every command")
  void help() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"score", "--help"}, new String[] {"presets", "--help"}, new String[] {"serve", "--help"}, new String[] {"template", "--help"}, new String[] {"audit", "--help"})) {
      Run r = run(args);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("Usage:");
    }
    assertThat(run("presets").out()).contains("set-2024").contains("gihi-2023").contains("stcud-2021");
  }

  @Test
  @DisplayName("template then score a workbook: -o gets a copy with result sheets; the input is untouched; -o = input is refused")
  void workbook() throws Exception {
    Path book = dir.resolve("stcud.xlsx");
    Run t = run("template", "stcud-2021", "-o", book.toString());
    assertThat(t.exit()).as(t.err()).isZero();
    byte[] before = Files.readAllBytes(book);
    Path out = dir.resolve("scored.xlsx");
    Run r = run("score", book.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("北京市").contains("0.773");
    assertThat(Files.readAllBytes(book)).isEqualTo(before);
    assertThat(out).exists();
    assertThat(run("score", book.toString(), "-o", book.toString()).err()).contains("never overwrites");
    assertThat(run("score", book.toString()).err()).contains("-o scored.xlsx");
    assertThat(run("template", "nope", "-o", out.toString()).err()).contains("no template for \"nope\"");
    try (var dirs = Files.list(dir)) {
      assertThat(dirs.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".indexkit-"));
    }
  }

  @Test
  @DisplayName("audit: statistics, Sensitivity and its runs; the same seed writes the same Sensitivity sheets byte for byte")
  void audit() throws Exception {
    Path data = setSubDimensions();
    Path a = dir.resolve("a"), b = dir.resolve("b");
    Run r = run("audit", data.toString(), "--preset", "set-2024", "--set", "normalise=none", "--runs", "60", "--seed", "7", "--sobol", "32",
        "-o", a.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("60 Monte Carlo runs, seed 7").contains("Boston");
    run("audit", data.toString(), "--preset", "set-2024", "--set", "normalise=none", "--runs", "60", "--seed", "7", "--sobol", "32",
        "-o", b.toString());
    for (String f : List.of("sensitivity.csv", "sensitivity-runs.csv", "sensitivity-indices.csv"))
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    assertThat(Files.readAllLines(a.resolve("sensitivity.csv")).get(0)).startsWith("\uFEFFEntity,Nominal rank,Median rank,5th percentile rank");
    assertThat(Files.readAllLines(a.resolve("sensitivity-runs.csv"))).hasSize(61);
    assertThat(a.resolve("statistics.csv")).exists();
    assertThat(Files.readString(a.resolve("provenance.csv"))).contains("Uncertainty analysis");
    assertThat(Files.readAllLines(a.resolve("sensitivity-indices.csv")).get(1)).startsWith("weight of education,");
    assertThat(Files.readAllLines(a.resolve("indicator-importance.csv"))).hasSize(10);
  }
}
