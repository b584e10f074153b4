// Issue 18, must show 5: the SheetPlan is the one description of the output. One workbook scored twice by the server —
// uploaded whole (POST /api/v1/workbook: the xlsx renderer) and sent as the pane sends its cells (POST /api/v1/compute:
// the plans, drawn here by the Office.js renderer into the fake Excel) — gives the same sheets: values, number formats,
// fills, the level band's merged cells, frozen panes, outline groups, Excel tables, colour scales, print set-up and charts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import "./fake-excel.js";
import { startServer } from "./server.js";
import { writeSheetPlans } from "../../main/addin/js/render.js";
import { readXlsx } from "./xlsx-reader.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
let server, base;

before(async () => {
  ({ server, base } = await startServer(ROOT));
});

after(() => server?.kill());

/** A sheet's cells as the pane reads them: a matrix of values from A1. */
function matrix(sheet) {
  let rows = 0, cols = 0;
  for (const k of sheet.cells.keys()) { const [r, c] = k.split(",").map(Number); rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); }
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cells.get(`${r},${c}`)?.value ?? ""));
}

/** "'Scores'!$A$2:$A$31" and "Scores!A2:A31" alike: no quotes, no $, a one-cell range as its cell. */
const plain = (ref) => ref?.replace(/\$/g, "").replace(/^'(.*)'!/, (_, s) => s.replace(/''/g, "'") + "!").replace(/([A-Z]+\d+):\1$/, "$1") ?? null;
const local = (ref) => plain(ref).split("!").pop(); // the cells without their sheet
const letters = (col) => { let s = ""; for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s; return s; };
const CHART_KINDS = { BarClustered: ["barChart", "clustered"], BarStacked: ["barChart", "stacked"], XYScatter: ["scatterChart", null],
  XYScatterLinesNoMarkers: ["scatterChart", null], Radar: ["radarChart", null] };
// the rows that name the input and the moment: the upload is "file.xlsx (Data)", the pane's cells "Data!A1:…"
const VARIES = new Set(["Input", "Input SHA-256", "Computed at (UTC)", "输入", "输入 SHA-256", "计算时间 (UTC)"]);

for (const template of ["ahp-entropy-coupling", "set-2024"]) {
  test(`${template}: the xlsx renderer and the Office.js renderer write the same sheets from the same plans`, { timeout: 120_000 }, async () => {
    const upload = readFileSync(ROOT + `workbooks/${template}.xlsx`);
    const input = readXlsx(upload);
    const res = await fetch(base + `/api/v1/workbook?name=${template}.xlsx`, { method: "POST", body: upload,
      headers: { "Content-Type": "application/octet-stream" } });
    assert.equal(res.status, 200, await res.clone().text());
    const written = readXlsx(Buffer.from(await res.arrayBuffer())).slice(input.length);

    const sheet = (name) => matrix(input.find((s) => s.name === name));
    const compute = await fetch(base + "/api/v1/compute?include=sheets", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ table: { rows: sheet("Data"), origin: "Data!A1" }, indicatorsSheet: sheet("Indicators"), recipeSheet: sheet("Recipe"),
        existingSheets: input.map((s) => s.name) }) });
    assert.equal(compute.status, 200, await compute.clone().text());
    const plans = (await compute.json()).sheets;
    const wb = FakeExcel.reset();
    FakeExcel.install(globalThis);
    await Excel.run((ctx) => writeSheetPlans(ctx, plans));

    assert.deepEqual(wb.sheets.map((s) => s.name), written.map((s) => s.name), "the same sheets in the same order");
    assert.ok(written.length >= 5);
    let charts = 0;
    for (const x of written) {
      const o = wb.sheet(x.name), name = x.name;
      // values: every cell, but the rows that name the input and the time
      const values = matrix(x), office = o.matrix();
      const keep = (rows) => rows.filter((r) => !VARIES.has(r[0]));
      assert.deepEqual(keep(office), keep(values), `${name}: values`);
      // number formats and fills of every written cell; the header and band bold and filled
      for (const [k, cell] of x.cells) {
        if (cell.value === "") continue;
        const [r, c] = k.split(",").map(Number), oc = o.cell(r, c);
        assert.equal(oc.format, cell.format, `${name}!${letters(c)}${r + 1}: number format`);
        assert.equal(oc.fill ?? null, cell.fill, `${name}!${letters(c)}${r + 1}: fill`);
      }
      assert.deepEqual((o.merged || []).map(local), x.merged, `${name}: the band's merged cells`);
      assert.deepEqual({ rows: o.frozenRows, columns: o.frozenColumns ?? 0 }, x.frozen, `${name}: frozen panes`);
      const groups = {};
      for (const g of o.groups) { const [a, b] = g.split(":").map((l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1);
        for (let c = a; c <= b; c++) groups[c] = (groups[c] || 0) + 1; }
      assert.deepEqual(groups, x.outline, `${name}: outline levels`);
      const tables = wb.tables.filter((t) => t.sheet === name).map((t) => ({ name: t.name, ref: local(t.address) }));
      assert.deepEqual(tables, x.tables, `${name}: the Excel table`);
      assert.deepEqual(o.conditionalFormats.map((cf) => local(cf.range)), x.conditionalFormats, `${name}: colour scales`);
      assert.equal(o.pageLayout.orientation === "Landscape", x.landscape, `${name}: landscape`);
      assert.equal(o.pageLayout.zoom.horizontalFitToPages === 1, x.fitToWidth, `${name}: fitted to the page's width`);
      const titles = [o.pageLayout.titleColumns, o.pageLayout.titleRows].filter(Boolean).map((t) => `${name}!${t.replace(/\$/g, "")}`);
      assert.deepEqual(titles, x.printTitles?.split(",").map(plain) ?? [], `${name}: print titles`);
      // the chart: its kind, where it sits, its title, legend, axis start and every series' references
      assert.equal(o.charts.length, x.chart ? 1 : 0, `${name}: one chart or none`);
      if (!x.chart) continue;
      charts++;
      const oc = o.charts[0];
      assert.deepEqual(CHART_KINDS[oc.type], [x.chart.kind, x.chart.kind === "barChart" ? x.chart.grouping : null], `${name}: chart kind`);
      assert.equal(plain(oc.position), `${name}!${letters(x.chart.from.col)}${x.chart.from.row + 1}`, `${name}: chart position`);
      assert.equal(oc.title.text, x.chart.title, `${name}: chart title`);
      assert.equal(oc.legend.visible, x.chart.legend, `${name}: legend`);
      assert.equal(oc.axes.valueAxis.minimum ?? null, x.chart.axisMin, `${name}: value axis start`);
      assert.deepEqual(oc.seriesList.map((s) => [s.name, plain(s.x), plain(s.values), !!s.format.fill.cleared]),
        x.chart.series.map((s) => [s.name, plain(s.categories), plain(s.values), s.noFill]), `${name}: chart series`);
    }
    assert.ok(charts >= 1, "charts compared");
  });
}
