package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(r.err()).contains("IndexKit cannot fit this input (1 problem):").contains("B3: \"2,5\" is not a number");
    var unknown = ScoreCommandTest.run("fit", bad.toString(), "--parent", "q", "--children", "a,b");
    assertThat(unknown.err()).contains("no column \"q\"").contains("[city, p, a, b]");
  }

  @Test
  @DisplayName("issue 19: a workbook with the published levels on a sheet of its own and an Indicators sheet: every parent node "
      + "fitted (composite and talent; the printed 40/40/20 rejected), the Fit sheets added to a copy — Indicators (2) and Recipe "
      + "beside the user's Indicators, whose cells and the table's stay as they were")
  void fitsAWorkbookTree() throws Exception {
    org.indexkit.SeedTable t = org.indexkit.SeedTable.load("002_set_index_total").join(org.indexkit.SeedTable.load("002_talent_dimension"), "city_en");
    List<String> header = List.of("rank", "city_zh", "city_en", "set_total", "education", "talent", "science_technology", "research_talent",
        "industry_talent", "talent_potential");
    List<List<String>> published = new java.util.ArrayList<>(List.of(header));
    t.rows().forEach(row -> published.add(header.stream().map(row::get).toList()));
    Path book = workbook(dir.resolve("published.xlsx"), java.util.Map.entry("Published", published), java.util.Map.entry("Indicators", List.of(
        List.of("Code", "Parent", "Weight"), List.of("set_total", "", ""), List.of("education", "set_total", ""), List.of("talent", "set_total", ""),
        List.of("science_technology", "set_total", ""), List.of("research_talent", "talent", "40%"), List.of("industry_talent", "talent", "40%"),
        List.of("talent_potential", "talent", "20%"))));
    Path out = dir.resolve("fitted.xlsx");
    var r = ScoreCommandTest.run("fit", book.toString(), "--entity", "city_en", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("set_total is a weighted mean of education, talent, science_technology, weights 0.2, 0.3, 0.5")
        .contains("The printed weights 0.4, 0.4, 0.2 miss by 2.25 (Shenzhen): rejected.").contains("Tie: Austin, Guangzhou");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
      List<String> names = new java.util.ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Published", "Indicators", "Fit", "Fit variants", "Fit weights", "Fit residuals", "Indicators (2)", "Recipe", "Fit data");
      assertThat(wb.getSheet("Published").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(85.83);
      assertThat(wb.getSheet("Indicators").getRow(5).getCell(2).getStringCellValue()).isEqualTo("40%");
      var fit = wb.getSheet("Fit");
      assertThat(fit.getRow(1).getCell(0).getStringCellValue()).isEqualTo("set_total");
      assertThat(fit.getRow(2).getCell(2).getStringCellValue()).isEqualTo("0.35, 0.35, 0.3");
      var recipe = wb.getSheet("Indicators (2)");
      assertThat(recipe.getRow(2).getCell(0).getStringCellValue() + "," + recipe.getRow(2).getCell(3).getStringCellValue()).isEqualTo("education,0.2");
    }
    var same = ScoreCommandTest.run("fit", book.toString(), "-o", book.toString());
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("-o must differ from the input: IndexKit never overwrites your workbook");
    var csvOut = ScoreCommandTest.run("fit", book.toString(), "-o", dir.resolve("dir").toString());
    assertThat(csvOut.err()).contains("-o fitted.xlsx");
  }

  @Test
  @DisplayName("a workbook's number formats set the printed decimals: whole numbers shown as 0.00 are 2-dp prints (bound 0.01), "
      + "the same numbers under General whole ones (bound 1)")
  void numberFormatsSetTheDecimals() throws Exception {
    for (String format : List.of("0.00", "General")) {
      Path book = dir.resolve("formats-" + format + ".xlsx");
      try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var os = Files.newOutputStream(book)) {
        var style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        var sheet = wb.createSheet("Table");
        String[] header = {"city", "p", "a", "b"};
        var h = sheet.createRow(0);
        for (int c = 0; c < 4; c++) h.createCell(c).setCellValue(header[c]);
        int[][] ab = {{10, 20}, {30, 50}, {40, 40}, {12, 36}, {70, 90}, {8, 64}};
        for (int r = 0; r < ab.length; r++) {
          var row = sheet.createRow(r + 1);
          row.createCell(0).setCellValue("City " + (r + 1));
          double[] v = {(ab[r][0] + ab[r][1]) / 2.0, ab[r][0], ab[r][1]};
          for (int c = 0; c < 3; c++) {
            var cell = row.createCell(c + 1);
            cell.setCellValue(v[c]);
            cell.setCellStyle(style);
          }
        }
        wb.write(os);
      }
      var r = ScoreCommandTest.run("fit", book.toString(), "--parent", "p", "--children", "a,b");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("p is a weighted mean of a, b, weights 0.5, 0.5: all 6 rows within rounding (max residual 0.0000, bound "
          + (format.equals("0.00") ? "0.0100)." : "1.0000)."));
    }
  }

  @Test
  @DisplayName("must show 3 from the command line: the score command fit prints runs the recipe on Fit data and gives SET's printed "
      + "talent scores back within the rounding bound (0.055); for a workbook, the fitted copy scores with --sheet \"Fit data\"")
  void printedRescoreCommandReproducesTheParent() throws Exception {
    Path out = dir.resolve("fit");
    var r = ScoreCommandTest.run("fit", table().toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "--entity", "city_en", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String line = r.out().lines().filter(l -> l.startsWith("To score the recipe: ")).findFirst().orElseThrow();
    assertThat(line).contains("--set aggregate=arithmetic --set normalise=none");
    List<String> args = new java.util.ArrayList<>(List.of(line.substring(line.indexOf("indexkit.jar ") + "indexkit.jar ".length()).split(" ")));
    Path rescored = dir.resolve("rescored");
    args.set(args.indexOf("-o") + 1, rescored.toString());
    var scored = ScoreCommandTest.run(args.toArray(String[]::new));
    assertThat(scored.exit()).as(scored.err()).isZero();
    List<String> lines = Files.readAllLines(rescored.resolve("scores.csv"));
    org.indexkit.SeedTable talent = org.indexkit.SeedTable.load("002_talent_dimension");
    for (String l : lines.subList(1, lines.size())) {
      String[] cells = l.replace("\uFEFF", "").split(",");
      double printed = Double.parseDouble(talent.row("city_en", cells[0]).get("talent"));
      assertThat(Math.abs(Double.parseDouble(cells[1]) - printed)).as(cells[0]).isLessThanOrEqualTo(0.055 + 1e-9);
    }
    assertThat(lines).hasSize(31);

    List<String> header = List.of("city_en", "talent", "research_talent", "industry_talent", "talent_potential");
    List<List<String>> published = new java.util.ArrayList<>(List.of(header));
    talent.rows().forEach(row -> published.add(header.stream().map(row::get).toList()));
    Path book = workbook(dir.resolve("talent.xlsx"), java.util.Map.entry("Published", published));
    Path fitted = dir.resolve("fitted.xlsx");
    var w = ScoreCommandTest.run("fit", book.toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "-o", fitted.toString());
    assertThat(w.out()).contains("To score the recipe: java -jar indexkit.jar score " + fitted + " --sheet \"Fit data\" -o rescored.xlsx\n");
    var ws = ScoreCommandTest.run("score", fitted.toString(), "--sheet", "Fit data", "-o", dir.resolve("rescored.xlsx").toString());
    assertThat(ws.exit()).as(ws.err()).isZero();
    assertThat(ws.out()).contains("Beijing").contains("85.2");
    Path zh = dir.resolve("fitted-zh.xlsx");
    var z = ScoreCommandTest.run("fit", book.toString(), "--parent", "talent", "--children", "research_talent,industry_talent,talent_potential",
        "--lang", "zh", "-o", zh.toString());
    assertThat(z.out()).as("in Chinese the fit's sheets have Chinese names").contains("按方案复算：java -jar indexkit.jar score " + zh
        + " --sheet \"拟合数据\" -o rescored.xlsx");
    assertThat(ScoreCommandTest.run("score", zh.toString(), "--sheet", "拟合数据", "-o", dir.resolve("rescored-zh.xlsx").toString()).exit()).isZero();
  }

  /** A workbook of the named sheets, in order: a cell that reads as a number is one, else text, as a pasted table. */
  @SafeVarargs
  static Path workbook(Path file, java.util.Map.Entry<String, List<List<String>>>... sheets) throws Exception {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var os = Files.newOutputStream(file)) {
      for (var named : sheets) {
        var sheet = wb.createSheet(named.getKey());
        List<List<String>> rows = named.getValue();
        for (int r = 0; r < rows.size(); r++) {
          var row = sheet.createRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            String v = rows.get(r).get(c);
            if (v.matches("-?\\d+(\\.\\d+)?")) row.createCell(c).setCellValue(Double.parseDouble(v));
            else row.createCell(c).setCellValue(v);
          }
        }
      }
      wb.write(os);
    }
    return file;
  }
}
