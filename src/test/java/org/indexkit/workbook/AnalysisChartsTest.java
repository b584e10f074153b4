package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyses' charts in the written workbook, read back with POI: what each draws is what the sheet's cells hold (the
 * ahp-entropy-coupling template: 15 cities in 5 regions, four sub-indices, a cross-section; its Recipe asks for Chinese
 * sheets: 贡献度 Contributions, 象限 Quadrants, 发展模式 Profiles, 核密度 Density).
 */
class AnalysisChartsTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("Contributions: stacked bars, one series per sub-index, over the top 15; Quadrants: one labelled point per city "
      + "and the two split lines; Profiles: a radar of the six mean rows; Density: a line over the grid")
  void chartsOfTheAnalyses() throws Exception {
    var scored = Workbooks.score(Workbooks.template(dir, "ahp-entropy-coupling"), dir.resolve("charts.xlsx"), null);
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      XDDFChartData contributions = only(wb, "贡献度");
      assertThat(contributions).isInstanceOf(XDDFBarChartData.class);
      assertThat(((XDDFBarChartData) contributions).getBarGrouping()).isEqualTo(BarGrouping.STACKED);
      assertThat(contributions.getSeriesCount()).isEqualTo(4);
      // the sheet: Entity, Region, score, total, 4 shares, then the 4 dimension contributions (columns I–L)
      assertThat(contributions.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'贡献度'!$I$2:$I$16");
      assertThat(contributions.getSeries(3).getValuesData().getDataRangeReference()).isEqualTo("'贡献度'!$L$2:$L$16");
      assertThat(contributions.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'贡献度'!$A$2:$A$16");
      assertThat(wb.getSheet("贡献度").getRow(0).getCell(8).getStringCellValue()).startsWith("c · ");

      XDDFChartData quadrants = only(wb, "象限");
      assertThat(quadrants).isInstanceOf(XDDFScatterChartData.class);
      assertThat(quadrants.getSeriesCount()).as("15 cities + 2 split lines").isEqualTo(17);
      // Entity, Region, x (C), y (D), Type, Split x (F), Split y (G)
      assertThat(quadrants.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'象限'!$C$2:$C$2");
      assertThat(quadrants.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'象限'!$D$2:$D$2");
      assertThat(List.of(quadrants.getSeries(15).getCategoryData().getDataRangeReference(),
          quadrants.getSeries(15).getValuesData().getDataRangeReference()))
          .as("the vertical split: x = the split of x on every row, y = the cities' y").containsExactly("'象限'!$F$2:$F$16",
              "'象限'!$D$2:$D$16");
      assertThat(quadrants.getSeries(16).getValuesData().getDataRangeReference()).isEqualTo("'象限'!$G$2:$G$16");

      XDDFChartData profiles = only(wb, "发展模式");
      assertThat(profiles).isInstanceOf(XDDFRadarChartData.class);
      assertThat(profiles.getSeriesCount()).as("Mean: All and the five regions").isEqualTo(6);
      assertThat(profiles.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'发展模式'!$C$1:$F$1");
      assertThat(wb.getSheet("发展模式").getRow(16).getCell(0).getStringCellValue()).isEqualTo("Mean: All");
      assertThat(profiles.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'发展模式'!$C$17:$F$17");

      XDDFChartData density = only(wb, "核密度");
      assertThat(density).isInstanceOf(XDDFScatterChartData.class);
      int grid = wb.getSheet("核密度").getLastRowNum() - 1; // the last row is the bandwidth
      assertThat(density.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("'核密度'!$A$2:$A$" + (grid + 1));
      assertThat(density.getSeries(0).getValuesData().getPointCount()).isEqualTo(grid);
    }
  }

  private static XDDFChartData only(XSSFWorkbook wb, String sheet) {
    List<XSSFChart> charts = wb.getSheet(sheet).getDrawingPatriarch().getCharts();
    assertThat(charts).as(sheet).hasSize(1);
    assertThat(charts.get(0).getChartSeries()).as(sheet).hasSize(1);
    return charts.get(0).getChartSeries().get(0);
  }
}
