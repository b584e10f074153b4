// A SheetPlan's chart drawn with Office.js (ExcelApi 1.8). Java chose the rows, the columns and the split lines
// (sheet/SheetPlan.java, Chart); this only draws them, as the xlsx writer does (workbook/xlsx/ChartXml.java).

const TYPES = { bar: "barClustered", "stacked-bar": "barStacked", interval: "barStacked", line: "xyscatterLinesNoMarkers", radar: "radar", scatter: "xyscatter" };

/** Adds the plan's chart to the worksheet where the plan places it; returns it, or null when the plan has none. */
export function addChart(ws, plan) {
  const c = plan.chart;
  if (!c || !(c.rows > 0)) return null;
  const top = plan.bandRows || 0; // the header is on row top, data row i on top + 1 + i
  const column = (col) => ws.getRangeByIndexes(top + c.firstRow + 1, col, c.rows, 1); // the charted rows of one column
  const cell = (row, col) => ws.getRangeByIndexes(top + row + 1, col, 1, 1);
  const first = c.valueColumns[0], width = c.valueColumns.length;
  const nameOf = (row) => String(plan.rows[row][c.categoryColumn]);
  let chart = null;
  const add = (name, values, x, seriesBy = Excel.ChartSeriesBy.columns) => {
    let s;
    if (!chart) {
      chart = ws.charts.add(Excel.ChartType[TYPES[c.type]], values, seriesBy);
      s = chart.series.getItemAt(0);
    } else {
      s = chart.series.add(name);
      s.setValues(values);
    }
    s.name = name;
    s.setXAxisValues(x);
    return s;
  };
  if (c.type === "radar") {
    for (let i = c.firstRow; i < c.firstRow + c.rows; i++)
      add(nameOf(i), ws.getRangeByIndexes(top + i + 1, first, 1, width), ws.getRangeByIndexes(top, first, 1, width), Excel.ChartSeriesBy.rows);
  } else if (c.type === "scatter") {
    for (let i = c.firstRow; i < c.firstRow + c.rows; i++) {
      const s = add(nameOf(i), cell(i, c.valueColumns[1]), cell(i, first));
      s.hasDataLabels = true;
      s.dataLabels.showSeriesName = true;
      s.dataLabels.showValue = false;
    }
    for (const line of c.lines || []) {
      const s = add(line.name, column(line.yColumn), column(line.xColumn));
      s.chartType = Excel.ChartType.xyscatterLinesNoMarkers;
      s.format.line.lineStyle = "Dash";
      s.format.line.color = "#7F7F7F";
    }
  } else {
    for (const col of c.valueColumns) {
      const s = add(plan.columns[col].header, column(col), column(c.categoryColumn));
      if (c.type === "interval" && col === first) s.format.fill.clear(); // where the interval's bar starts, not drawn
      if (c.type === "bar") { // each bar's value at its end
        s.hasDataLabels = true;
        s.dataLabels.showValue = true;
        s.dataLabels.numberFormat = plan.columns[col].format;
      }
    }
  }
  chart.title.text = c.title;
  if (c.type.endsWith("bar") || c.type === "interval") chart.axes.categoryAxis.reversePlotOrder = true; // rank 1 on top
  chart.legend.visible = c.type !== "scatter" && c.type !== "interval" && (c.type === "radar" || width > 1);
  if (plan.chartAxisMin != null) chart.axes.valueAxis.minimum = plan.chartAxisMin; // near the data's minimum, as Java decided
  chart.setPosition(ws.getRangeByIndexes(top + 1, plan.chartColumn, 1, 1));
  return chart;
}
