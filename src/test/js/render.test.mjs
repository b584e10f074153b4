import { test } from "node:test";
import assert from "node:assert/strict";
import "./fake-excel.js";
import { writeSheetPlans, safeCell } from "../../main/addin/js/render.js";

globalThis.FakeExcel.install(globalThis);
const { FakeExcel } = globalThis;

/** SheetPlans shaped like the server's (sheet/SheetPlan.java): 6 sheets for n cities. */
function plans(n, names = (i) => `City ${i}`) {
  const cities = Array.from({ length: n }, (_, i) => names(i));
  const score = (i) => 100 - (i * 40) / n;
  const cols = (extra) => [{ key: "entity", header: "Entity", format: "@", width: 14 }, ...extra];
  return [
    { name: "Scores", freezeRows: 1, freezeColumns: 1, fitToWidth: true, chartColumn: 4, chartAxisMin: 60, chart: { type: "bar", title: "Index — top 30", categoryColumn: 0, valueColumns: [1], firstRow: 0, rows: Math.min(30, n), lines: [] },
      columns: cols([{ key: "index", header: "Index", format: "0.00", width: 10, colourScale: true }, { key: "d", header: "Dim", format: "0.00", width: 10, colourScale: true, outline: 1 }]),
      rows: cities.map((c, i) => [c, score(i), score(i) / 2]) },
    { name: "Ranks", freezeRows: 1, columns: cols([{ key: "index", header: "Index", format: "0", width: 8 }]), rows: cities.map((c, i) => [c, i + 1]) },
    { name: "Tiers", freezeRows: 1, columns: cols([{ key: "index.tier", header: "Index tier", format: "@", width: 12, fills: { "Tier 1": "#63BE7B", "Tier 2": "#F8696B" } }]),
      rows: cities.map((c, i) => [c, i < n / 2 ? "Tier 1" : "Tier 2"]) },
    { name: "Weights", freezeRows: 1, columns: [{ key: "code", header: "Code", format: "@" }, { key: "effective", header: "Effective weight", format: "0.0000" }], rows: [["index", 1], ["d", 1]] },
    { name: "Audit", freezeRows: 1, columns: [{ key: "kind", header: "Kind", format: "@" }, { key: "message", header: "Message", format: "@" }], rows: [["Note", "No warnings"]] },
    { name: "Provenance", freezeRows: 1, columns: [{ key: "key", header: "Key", format: "@" }, { key: "value", header: "Value", format: "@" }], rows: [["IndexKit version", "0.1.0"]] },
  ];
}

test("300 cities × 6 sheets are written with at most 3 context.sync() calls, into new sheets, with formats", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Data", [["City", "x"], ["A", 1]]);
  wb.select("Data", 0, 0, 2, 2);
  const result = await Excel.run((ctx) => writeSheetPlans(ctx, plans(300)));
  assert.ok(FakeExcel.syncs <= 3, `used ${FakeExcel.syncs} syncs`);
  assert.equal(result.syncs, FakeExcel.syncs);
  assert.deepEqual(wb.sheets.map((s) => s.name), ["Data", "Scores", "Ranks", "Tiers", "Weights", "Audit", "Provenance"]);
  const scores = wb.sheet("Scores");
  assert.deepEqual(scores.matrix()[0], ["Entity", "Index", "Dim"]);
  assert.equal(scores.matrix()[1][1], 100);
  assert.equal(scores.cell(1, 1).format, "0.00");
  assert.equal(scores.cell(0, 0).bold, true);
  assert.equal(scores.frozenRows, 1);
  assert.equal(scores.frozenColumns, 1, "the entity column stays in view");
  assert.deepEqual(scores.groups, ["C:C"], "the outlined column grouped");
  assert.deepEqual([scores.pageLayout.orientation, scores.pageLayout.zoom, scores.pageLayout.titleRows, scores.pageLayout.titleColumns],
    ["Landscape", { horizontalFitToPages: 1, verticalFitToPages: 0 }, "$1:$1", "$A:$A"], "printed as the server said");
  assert.equal(scores.charts[0].position, "Scores!E2", "where the server placed it");
  assert.equal(scores.charts[0].axes.valueAxis.minimum, 60, "from near the data's minimum, as the server said");
  assert.equal(scores.charts[0].seriesList[0].hasDataLabels, true);
  assert.equal(scores.charts[0].seriesList[0].dataLabels.numberFormat, "0.00");
  assert.equal(scores.autoFilter, "Scores!A1:C301");
  assert.equal(scores.conditionalFormats.length, 2);
  assert.equal(scores.charts[0].source, "Scores!B2:B31");
  assert.equal(scores.charts[0].categories, "Scores!A2:A31");
  assert.equal(wb.sheet("Tiers").cell(1, 1).fill, "#63BE7B");
  assert.equal(wb.sheet("Tiers").cell(300, 1).fill, "#F8696B");
  assert.equal(wb.active.name, "Scores");
  assert.deepEqual(wb.sheet("Data").matrix(), [["City", "x"], ["A", 1]], "the user's sheet is untouched");
});

test("sheets take the names the server chose against the workbook's names: Scores (2) when Scores exists", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Scores", [["mine"]]);
  const named = plans(5).map((p) => ({ ...p, name: p.name === "Scores" ? "Scores (2)" : p.name }));
  const result = await Excel.run((ctx) => writeSheetPlans(ctx, named));
  assert.deepEqual(result.names, ["Scores (2)", "Ranks", "Tiers", "Weights", "Audit", "Provenance"]);
  assert.deepEqual(wb.sheet("Scores").matrix(), [["mine"]], "the user's sheet is untouched");
});

test("names starting with = + - @ are written as text, never as formulas", async () => {
  const wb = FakeExcel.reset();
  const bad = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"];
  await Excel.run((ctx) => writeSheetPlans(ctx, plans(4, (i) => bad[i])));
  const names = wb.sheet("Scores").matrix().slice(1).map((r) => r[0]);
  assert.deepEqual(names, bad);
  for (const s of wb.sheets) for (const cell of s.cells.values()) assert.equal(cell.formula ?? null, null);
  assert.equal(safeCell("=1"), "'=1");
  assert.equal(safeCell(-2), -2);
});

test("a result too large for one Excel on the web request is split under the 5 MB cap", async () => {
  const wb = FakeExcel.reset();
  const big = plans(40000, (i) => `A rather long city name number ${i}`);
  const result = await Excel.run((ctx) => writeSheetPlans(ctx, big));
  const small = (await Excel.run((ctx) => writeSheetPlans(ctx, plans(5).map((p) => ({ ...p, name: p.name + " (2)" }))))).syncs;
  assert.ok(result.syncs > small + 1, `split into several requests: ${result.syncs} syncs against ${small} for a small result`);
  assert.equal(wb.sheet("Scores").matrix().length, 40001);
});

test("analysis charts as the server plans them: a stacked bar per dimension, a labelled scatter with its split lines, a radar per row, rank intervals as bars from the 5th percentile", async () => {
  const wb = FakeExcel.reset();
  const cols = (headers) => headers.map((h, i) => ({ key: "k" + i, header: h, format: i === 0 ? "@" : "0.00" }));
  const quadrants = { name: "Quadrants", freezeRows: 1, columns: cols(["Entity", "Talent", "S&T", "Type", "Split · Talent", "Split · S&T"]),
    rows: [["A", 3, 4, "high–high", 2, 2.5], ["B", 1, 1, "low–low", 2, 2.5], ["C", 2, 0.5, "high–low", 2, 2.5]],
    chart: { type: "scatter", title: "Talent × S&T", categoryColumn: 0, valueColumns: [1, 2], firstRow: 0, rows: 3,
      lines: [{ name: "Split · Talent", xColumn: 4, yColumn: 2 }, { name: "Split · S&T", xColumn: 1, yColumn: 5 }] } };
  const contributions = { name: "Contributions", freezeRows: 1, columns: cols(["Entity", "c · d1", "c · d2"]),
    rows: [["A", 0.3, 0.2], ["B", 0.1, 0.1]],
    chart: { type: "stacked-bar", title: "Contributions", categoryColumn: 0, valueColumns: [1, 2], firstRow: 0, rows: 2, lines: [] } };
  const profiles = { name: "Profiles", freezeRows: 1, columns: cols(["Entity", "d1", "d2", "d3"]),
    rows: [["A", 10, 20, 30], ["Mean: East", 5, 6, 7], ["Mean: West", 8, 9, 1]],
    chart: { type: "radar", title: "Profiles", categoryColumn: 0, valueColumns: [1, 2, 3], firstRow: 1, rows: 2, lines: [] } };
  const sensitivity = { name: "Sensitivity", freezeRows: 1, columns: cols(["Entity", "Nominal rank", "5th percentile rank", "95th percentile rank", "5–95 % interval width"]),
    rows: [["A", 1, 1, 2, 1], ["B", 2, 1, 3, 2]],
    chart: { type: "interval", title: "Rank 5–95 % intervals — top 2", categoryColumn: 0, valueColumns: [2, 4], firstRow: 0, rows: 2, lines: [] } };
  await Excel.run((ctx) => writeSheetPlans(ctx, [quadrants, contributions, profiles, sensitivity]));

  const scatter = wb.sheet("Quadrants").charts[0];
  assert.equal(scatter.type, "XYScatter");
  assert.deepEqual(scatter.seriesList.map((s) => [s.name, s.x, s.values]), [
    ["A", "Quadrants!B2", "Quadrants!C2"], ["B", "Quadrants!B3", "Quadrants!C3"], ["C", "Quadrants!B4", "Quadrants!C4"],
    ["Split · Talent", "Quadrants!E2:E4", "Quadrants!C2:C4"], ["Split · S&T", "Quadrants!B2:B4", "Quadrants!F2:F4"]]);
  assert.ok(scatter.seriesList.slice(0, 3).every((s) => s.hasDataLabels && s.dataLabels.showSeriesName), "each point named");
  assert.equal(scatter.seriesList[3].chartType, "XYScatterLinesNoMarkers");
  assert.equal(scatter.legend.visible, false);

  const stacked = wb.sheet("Contributions").charts[0];
  assert.equal(stacked.type, "BarStacked");
  assert.deepEqual(stacked.seriesList.map((s) => [s.name, s.x, s.values]), [
    ["c · d1", "Contributions!A2:A3", "Contributions!B2:B3"], ["c · d2", "Contributions!A2:A3", "Contributions!C2:C3"]]);
  assert.equal(stacked.axes.categoryAxis.reversePlotOrder, true);

  const interval = wb.sheet("Sensitivity").charts[0]; // a bar from the 5th percentile rank (not drawn) as long as the width
  assert.equal(interval.type, "BarStacked");
  assert.deepEqual(interval.seriesList.map((s) => [s.name, s.values, !!s.format.fill.cleared]), [
    ["5th percentile rank", "Sensitivity!C2:C3", true], ["5–95 % interval width", "Sensitivity!E2:E3", false]]);
  assert.equal(interval.legend.visible, false);
  assert.equal(interval.axes.categoryAxis.reversePlotOrder, true);

  const radar = wb.sheet("Profiles").charts[0];
  assert.equal(radar.type, "Radar");
  assert.deepEqual(radar.seriesList.map((s) => [s.name, s.x, s.values]), [
    ["Mean: East", "Profiles!B1:D1", "Profiles!B3:D3"], ["Mean: West", "Profiles!B1:D1", "Profiles!B4:D4"]]);
  assert.equal(radar.legend.visible, true);
});

test("each sheet with rows becomes the Excel table the server names (IK_Scores …) with its own filter; a name the workbook has is left to Excel", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Old", [["a"], [1]]);
  await Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem("Old").tables.add(ctx.workbook.worksheets.getItem("Old").getRange("A1:A2"), true).name = "IK_Ranks"; });
  const named = plans(5).map((p) => ({ ...p, table: "IK_" + p.name }));
  const result = await Excel.run((ctx) => writeSheetPlans(ctx, named));
  const scores = wb.table("IK_Scores");
  assert.equal(scores.address, "Scores!A1:C6", "header and the five rows");
  assert.equal(scores.hasHeaders, true);
  assert.equal(scores.style, "TableStyleLight1");
  assert.equal(wb.sheet("Scores").autoFilter, null, "the table's filter, not a sheet filter");
  assert.equal(wb.tables.filter((t) => t.sheet === "Ranks").length, 1);
  assert.notEqual(wb.tables.find((t) => t.sheet === "Ranks").name, "IK_Ranks", "IK_Ranks was taken: Excel's own name");
  assert.equal(wb.table("IK_Ranks").sheet, "Old");
  assert.equal(result.syncs, 2, "one sync to look the names up, one to write");
  assert.equal(result.syncs, FakeExcel.syncs);
});

test("formula mode: a plan's formula cells are written as formulas, its text stays text even when it starts with =", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Data", [["City", "x"], ["=A", 1], ["B", 3]]);
  const calc = { name: "Calc", freezeRows: 1, columns: [{ key: "entity", header: "Entity", format: "@" }, { key: "calc.1", header: "x · input", format: "General" },
    { key: "calc.2", header: "x · normalised", format: "0.0000" }],
    rows: [["=A", { formula: "Data!B2", value: 1 }, { formula: "IF(MAX(B$2:B$3)=MIN(B$2:B$3),0.5,0+1*(B2-MIN(B$2:B$3))/(MAX(B$2:B$3)-MIN(B$2:B$3)))", value: 0 }],
      ["B", 3, { formula: "IF(MAX(B$2:B$3)=MIN(B$2:B$3),0.5,0+1*(B3-MIN(B$2:B$3))/(MAX(B$2:B$3)-MIN(B$2:B$3)))", value: 1 }]] };
  await Excel.run((ctx) => writeSheetPlans(ctx, [calc]));
  const s = wb.sheet("Calc");
  assert.equal(s.cell(1, 1).formula, "=Data!B2");
  assert.match(s.cell(2, 2).formula, /^=IF\(MAX\(B\$2:B\$3\)/);
  assert.equal(s.cell(2, 1).value, 3, "a value cell (one the run changed) stays a value");
  assert.equal(s.cell(1, 0).value, "=A", "an entity's name is text");
  assert.equal(s.cell(1, 0).formula, null);
});
