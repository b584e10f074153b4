package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indexkit fit} on SET 2024's printed talent table (seed-tables/002_talent_dimension.csv, 图4.1.1). */
class FitCommandTest {
  @TempDir
  Path dir;

  Path table() throws Exception {
    Path t = dir.resolve("talent.csv");
    try (var in = FitCommandTest.class.getResourceAsStream("/seed-tables/002_talent_dimension.csv")) {
      Files.write(t, in.readAllBytes());
    }
    return t;
  }

  @Test
  @DisplayName("issue 19: the verdict in words, the printed 40/40/20 rejected, and the Fit, Fit residuals, Indicators and Recipe "
      + "sheets written; Indicators holds the weights 0.35, 0.35, 0.3 under talent, Recipe normalise = none")
  void fitsTheTalentTable() throws Exception {
    Path out = dir.resolve("fit");
    var r = ScoreCommandTest.run("fit", table().toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "--printed", "0.4,0.4,0.2", "--entity", "city_en", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("talent is a weighted mean of research_talent, industry_talent, talent_potential, weights 0.35, 0.35, 0.3")
        .contains("The printed weights 0.4, 0.4, 0.2 miss by 2.25 (Shenzhen): rejected.");
    String indicators = Files.readString(out.resolve("indicators.csv"), StandardCharsets.UTF_8);
    assertThat(indicators).contains("research_talent,research_talent,talent,0.35").contains("talent_potential,talent_potential,talent,0.3");
    assertThat(Files.readString(out.resolve("recipe.csv"), StandardCharsets.UTF_8)).contains("normalise,none").contains("aggregate,arithmetic");
    assertThat(Files.readString(out.resolve("fit.csv"), StandardCharsets.UTF_8)).contains("Verdict");
    assertThat(Files.readString(out.resolve("fit-residuals.csv"), StandardCharsets.UTF_8)).contains("Shenzhen");
  }

  @Test
  @DisplayName("in Chinese with --lang zh; a cell that is not a number is named by its cell; an unknown column lists the columns")
  void chineseAndBadInput() throws Exception {
    var zh = ScoreCommandTest.run("fit", table().toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "--lang", "zh");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("talent 是 research_talent、industry_talent、talent_potential 的加权平均，权重 0.35、0.35、0.3");
    var names = ScoreCommandTest.run("fit", table().toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "--printed", "0.4,0.4,0.2");
    assertThat(names.out()).as("the names: the first column that is not numbers, city_zh").contains("(深圳)");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "city,p,a,b\nX,1.5,1,2\nY,\"2,5\",2,3\nZ,3,3,3\nW,4,4,5\n");
    var r = ScoreCommandTest.run("fit", bad.toString(), "--parent", "p", "--children", "a,b");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("B3: \"2,5\" is not a number");
    var unknown = ScoreCommandTest.run("fit", bad.toString(), "--parent", "q", "--children", "a,b");
    assertThat(unknown.err()).contains("no column \"q\"").contains("[city, p, a, b]");
  }
}
