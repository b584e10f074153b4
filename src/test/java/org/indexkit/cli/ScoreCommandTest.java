package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  @DisplayName("tiers requested on the command line produce tiers.csv with the labels asked for")
  void tiersFile() throws Exception {
    Path out = dir.resolve("t");
    Run r = run("score", setSubDimensions().toString(), "--preset", "set-2024", "--set", "normalise=none",
        "--set", "tiers=k-means", "--set", "tiers.k=3", "--set", "stars=quantile", "--set", "stars.k=5", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("tiers.csv"));
    assertThat(lines.get(0)).startsWith("Entity,SET Index 2024 tier,SET Index 2024 stars");
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
    assertThat(Files.readAllLines(a.resolve("sensitivity.csv")).get(0)).startsWith("Entity,Nominal rank,Median rank,5th percentile rank");
    assertThat(Files.readAllLines(a.resolve("sensitivity-runs.csv"))).hasSize(61);
    assertThat(a.resolve("statistics.csv")).exists();
    assertThat(Files.readString(a.resolve("provenance.csv"))).contains("Uncertainty analysis");
    assertThat(Files.readAllLines(a.resolve("sensitivity-indices.csv")).get(1)).startsWith("weight of education,");
    assertThat(Files.readAllLines(a.resolve("indicator-importance.csv"))).hasSize(10);
  }
}
