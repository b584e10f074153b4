// Writing SheetPlans (the server's one description of the output) into NEW worksheets with
// Office.js, batched: one sync to write everything, more only when a very large result must be split
// under Excel on the web's ~5 MB request cap. The sheets' names are the server's, chosen against the
// workbook's sheet names the pane sent, so no existing sheet is touched.

/** Text that Excel would read as a formula gets its quote prefix, so it stays text. */
export function safeCell(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" && /^[=+\-@]/.test(v)) return "'" + v;
  return v;
}

/** A formula cell of the plan (formula mode): {formula, value}, built by the server from references and numbers only. */
const isFormula = (v) => v !== null && typeof v === "object" && typeof v.formula === "string";

/** A cell as range.formulas takes it: a formula cell's "=…", any other cell as safeCell makes it (text stays text). */
export function formulaCell(v) {
  return isFormula(v) ? "=" + v.formula : safeCell(v);
}

import { addChart } from "./charts.js";

const approxBytes = (row) => row.reduce((n, v) => n + String(v).length + 8, 16);

/**
 * @param context an Excel.RequestContext
 * @param plans SheetPlans from POST /api/v1/compute
 * @param replaces the sheets the server named to replace (its answer's replaces), deleted first
 * @returns {{names: string[], syncs: number}} the sheet names written and the syncs used
 */
export async function writeSheetPlans(context, plans, { maxBytesPerSync = 4_000_000, replaces = [] } = {}) {
  const sheets = context.workbook.worksheets;
  let syncs = 0;
  if (replaces.length) { // IndexKit's earlier results, named by the server from their Provenance: gone before their names are reused
    replaces.forEach((name) => sheets.getItem(name).delete());
    await context.sync();
    syncs++;
  }
  // a table name the workbook has already (the table of an earlier result whose sheet was renamed) is left to Excel
  const probes = plans.filter((p) => p.table).map((p) => [p.table, context.workbook.tables.getItemOrNullObject(p.table)]);
  probes.forEach(([, t]) => t.load("isNullObject"));
  if (probes.length) { await context.sync(); syncs++; }
  const taken = new Set(probes.filter(([, t]) => !t.isNullObject).map(([name]) => name));
  const written = [];
  let pending = 0;
  let first = null;
  for (const plan of plans) {
    const name = plan.name;
    const ws = sheets.add(name);
    first = first || ws;
    const cols = plan.columns.length;
    const live = plan.rows.some((r) => r.some(isFormula)); // written as formulas, which Excel calculates
    const top = plan.bandRows || 0; // the level band above the header
    // the band: each run of one level named in its first cell, which the run's merged cell shows (as the xlsx writer writes it)
    const band = top ? [plan.columns.map((c, i) => safeCell(i > 0 && plan.columns[i - 1].band === c.band ? "" : c.band ?? ""))] : [];
    const block = [...band, plan.columns.map((c) => safeCell(c.header)), ...plan.rows.map((r) => r.map(live ? formulaCell : safeCell))];
    const formats = block.map((_, i) => plan.columns.map((c) => (i <= top ? "@" : c.format || "General")));
    for (let start = 0; start < block.length; ) {
      let end = start, bytes = 0;
      while (end < block.length && (end === start || pending + bytes + approxBytes(block[end]) <= maxBytesPerSync)) {
        bytes += approxBytes(block[end]);
        end++;
      }
      const range = ws.getRangeByIndexes(start, 0, end - start, cols);
      range.numberFormat = formats.slice(start, end); // text columns become "@" before their values land
      if (live) range.formulas = block.slice(start, end);
      else range.values = block.slice(start, end);
      pending += bytes;
      start = end;
      if (pending >= maxBytesPerSync) {
        await context.sync();
        syncs++;
        pending = 0;
      }
    }
    format(ws, plan, cols, taken);
    written.push(name);
  }
  if (first) first.activate();
  await context.sync();
  return { names: written, syncs: syncs + 1 };
}

function format(ws, plan, cols, taken) {
  const n = plan.rows.length;
  const top = plan.bandRows || 0;
  const header = ws.getRangeByIndexes(0, 0, 1 + top, cols);
  header.format.font.bold = true;
  header.format.fill.color = "#D9E1F2";
  for (let c = 0; c < cols && top; c++) { // each run of one level merged into one band cell
    let end = c;
    while (end + 1 < cols && (plan.columns[end + 1].band ?? "") === (plan.columns[c].band ?? "")) end++;
    if (end > c && plan.columns[c].band) ws.getRangeByIndexes(0, c, 1, end - c + 1).merge(false);
    c = end;
  }
  plan.columns.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.max(8, c.width || 8) * 7;
  });
  outline(ws, plan);
  // printed landscape, the header row (and the entity column) on every page; narrow sheets fitted to the width
  ws.pageLayout.orientation = Excel.PageOrientation.landscape;
  if (plan.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.setPrintTitleRows(`$1:$${1 + top}`);
  if (plan.freezeColumns) ws.pageLayout.setPrintTitleColumns("$A:$A");
  if (plan.freezeRows && plan.freezeColumns && n > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, plan.freezeRows + top, plan.freezeColumns));
  else if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows + top);
  if (n === 0) return;
  if (plan.table) { // an Excel table (sortable, filterable, referenced as IK_Scores[Composite]); it has its own filter
    const table = ws.tables.add(ws.getRangeByIndexes(top, 0, n + 1, cols), true);
    if (!taken.has(plan.table)) table.name = plan.table;
    table.style = "TableStyleLight1";
  } else ws.autoFilter.apply(ws.getRangeByIndexes(top, 0, n + 1, cols));
  plan.columns.forEach((c, i) => {
    if (c.colourScale) {
      const cf = ws.getRangeByIndexes(1 + top, i, n, 1).conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      cf.colorScale.criteria = {
        minimum: { type: Excel.ConditionalFormatColorCriterionType.lowestValue, color: "#F8696B" },
        midpoint: { type: Excel.ConditionalFormatColorCriterionType.percentile, formula: "50", color: "#FFEB84" },
        maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: "#63BE7B" },
      };
    }
    if (c.fills) plan.rows.forEach((row, r) => {
      const colour = c.fills[row[i]];
      if (colour) ws.getRangeByIndexes(r + 1 + top, i, 1, 1).format.fill.color = colour;
    });
  });
  addChart(ws, plan);
}

/** Groups each run of columns at an outline level or deeper (a dimension's indicators), level by level, as the plan says. */
function outline(ws, plan) {
  const levels = plan.columns.map((c) => c.outline || 0);
  for (let level = 1; level <= Math.max(0, ...levels); level++)
    for (let c = 0; c < levels.length; c++) {
      if (levels[c] < level) continue;
      let end = c;
      while (end + 1 < levels.length && levels[end + 1] >= level) end++;
      ws.getRangeByIndexes(0, c, 1, end - c + 1).getEntireColumn().group(Excel.GroupOption.byColumns);
      c = end;
    }
}
