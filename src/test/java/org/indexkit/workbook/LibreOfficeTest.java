package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.IndexResult;
import org.indexkit.input.Csv;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real spreadsheet program reads the scored workbook: LibreOffice converts its sheets to CSV. */
class LibreOfficeTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(180)
  @DisplayName("soffice --headless --convert-to csv reads every sheet; its Scores equal the engine's result")
  void libreOfficeReadsTheOutput() throws Exception {
    Path in = Workbooks.template(dir, "set-2024");
    var scored = Workbooks.score(in, dir.resolve("scored.xlsx"), null);
    toCsv(scored.file());
    for (String sheet : List.of("README", "Data", "Indicators", "Recipe", "Scores", "Ranks", "Weights", "Audit", "Provenance"))
      assertThat(dir.resolve("csv/scored-" + sheet + ".csv")).as(sheet).exists();

    IndexResult r = scored.result();
    List<List<String>> banded = csv("scored-Scores");
    assertThat(banded.get(0).subList(0, 3)).as("the level band").containsExactly("", "Index", "Dimension");
    List<List<String>> rows = banded.subList(1, banded.size());
    assertThat(rows.get(0).get(1)).isEqualTo("SET Index 2024");
    assertThat(rows.get(1).get(0)).isEqualTo("Boston");
    assertThat(rows).hasSize(r.entities().size() + 1);
    for (List<String> row : rows.subList(1, rows.size()))
      for (int c = 0; c < r.nodes().size(); c++)
        assertThat(Double.parseDouble(row.get(c + 1))).as(row.get(0) + " " + r.nodes().get(c).code())
            .isCloseTo(r.nodes().get(c).scores()[r.row(row.get(0))], within(1e-9));
  }

  @Test
  @Timeout(180)
  @DisplayName("the AHP + entropy, TOPSIS and coupling coordination template, scored: LibreOffice reads its AHP, Weights and "
      + "Coupling sheets, D as the engine computed it")
  void couplingTemplate() throws Exception {
    // in English: the language key given over the template's Recipe (zh-CN) wins, as --lang en does on the command line
    var scored = Workbooks.score(Workbooks.template(dir, "ahp-entropy-coupling"), dir.resolve("coupled.xlsx"), null, Map.of("language", "en"));
    toCsv(scored.file());
    List<List<String>> ahp = csv("coupled-AHP");
    assertThat(ahp.get(1).get(0)).isEqualTo("stcud_coupling");
    assertThat(Double.parseDouble(ahp.get(1).get(7))).as("CR").isLessThan(0.10);
    assertThat(csv("coupled-Provenance").toString()).contains("combined", "TOPSIS", "coupling coordination of [tech_development_index");
    List<List<String>> coupling = csv("coupled-Coupling");
    assertThat(coupling.get(0)).contains("Coupling C", "Development T", "Coordination D", "协调等级");
    assertThat(coupling).hasSize(16);
    var c = (org.indexkit.analysis.CouplingCoordination.Result) org.indexkit.analysis.Analyses.run(scored.result(),
        scored.result().provenance().recipe()).get(0);
    int dColumn = coupling.get(0).indexOf("Coordination D");
    for (List<String> row : coupling.subList(1, coupling.size())) {
      int at = scored.result().row(row.get(0));
      assertThat(Double.parseDouble(row.get(dColumn))).as(row.get(0)).isCloseTo(c.d()[at], within(1e-9));
      assertThat(row.get(dColumn + 2)).isEqualTo(c.level()[at]);
    }
    assertThat(coupling.get(1).get(0)).as("highest D first").isEqualTo("北京市");
    // the other analyses of the template, by region (华东 7, 中南 4, 西南 2, 华北 1, 西北 1 of the 15 cities)
    List<List<String>> regions = csv("coupled-Regions");
    assertThat(regions.get(0)).startsWith("Region", "Entities", "In the top 10");
    assertThat(regions.stream().filter(r -> r.get(0).equals("华东")).findFirst().orElseThrow().get(1)).isEqualTo("7");
    List<List<String>> disparity = csv("coupled-Disparity");
    double g = Double.parseDouble(disparity.get(1).get(3)), parts = 0;
    for (int i = 2; i <= 4; i++) parts += Double.parseDouble(disparity.get(i).get(3));
    assertThat(parts).as("Gw + Gnb + Gt = G as LibreOffice reads them").isCloseTo(g, within(1e-9));
    assertThat(csv("coupled-Quadrants").get(0)).contains("Type");
    assertThat(csv("coupled-Profiles").stream().map(r -> r.get(0)).toList()).contains("Mean: All", "Mean: 华东");
    // the charts as LibreOffice reads them: opened, then saved again, each still the kind of chart it was, over as many series
    try (XSSFWorkbook wb = resaved(scored.file())) {
      assertThat(chart(wb, "Contributions")).isInstanceOf(XDDFBarChartData.class).extracting(XDDFChartData::getSeriesCount).isEqualTo(4);
      assertThat(chart(wb, "Quadrants")).isInstanceOf(XDDFScatterChartData.class).extracting(XDDFChartData::getSeriesCount).isEqualTo(17);
      assertThat(chart(wb, "Profiles")).isInstanceOf(XDDFRadarChartData.class).extracting(XDDFChartData::getSeriesCount).isEqualTo(6);
      assertThat(chart(wb, "Density")).isInstanceOf(XDDFScatterChartData.class).extracting(XDDFChartData::getSeriesCount).isEqualTo(1);
      assertThat(chart(wb, "Coupling")).isInstanceOf(XDDFBarChartData.class);
    }
  }

  private static XDDFChartData chart(XSSFWorkbook wb, String sheet) {
    var charts = wb.getSheet(sheet).getDrawingPatriarch().getCharts();
    assertThat(charts).as(sheet).hasSize(1);
    return charts.get(0).getChartSeries().get(0);
  }

  List<List<String>> csv(String name) throws Exception {
    return Csv.parse(Files.readString(dir.resolve("csv/" + name + ".csv"), StandardCharsets.UTF_8));
  }

  /** Every sheet of the workbook as csv/&lt;name&gt;-&lt;sheet&gt;.csv, by LibreOffice headless. */
  void toCsv(Path xlsx) throws Exception {
    convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "csv");
  }

  /** The workbook as LibreOffice opens it and saves it again (resaved/&lt;name&gt;.xlsx): what it kept of the charts. */
  XSSFWorkbook resaved(Path xlsx) throws Exception {
    convert(xlsx, "xlsx:Calc MS Excel 2007 XML", "resaved");
    return Workbooks.open(dir.resolve("resaved").resolve(xlsx.getFileName()));
  }

  private void convert(Path xlsx, String filter, String out) throws Exception {
    LibreOffice.convert(dir, xlsx, filter, out, false);
  }
}
