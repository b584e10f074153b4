// The pane's indicator editor laid out as an Indicators sheet, and a setup as Indicators/Recipe sheet rows
// for "Save recipe to workbook". Pure, tested in node. Reading those sheets (weights such as "2/15" or
// "35%", directions, recipe keys) is the server's: the pane sends their cells as they are.

/**
 * The pane's indicator rows [{name, direction, weight, dimension}] as the cells of an Indicators sheet: the index,
 * one node per dimension typed, and the indicators under them, weights as typed.
 */
export function indicatorRowsFromPane(indicators) {
  const rows = [["Code", "Name", "Name (zh)", "Parent", "Weight", "Direction"], ["index", "Index", "指数", "", "", ""]];
  const dims = [];
  for (const i of indicators) if (i.dimension && !dims.includes(i.dimension)) dims.push(i.dimension);
  for (const d of dims) rows.push([`dim:${d}`, d, "", "index", "", ""]);
  for (const i of indicators) rows.push([i.name, i.name, "", i.dimension ? `dim:${i.dimension}` : "index", String(i.weight ?? "").trim(), i.direction]);
  return rows;
}

/** A tree (as the catalogue serves a preset's) as Indicators sheet rows, for "Save recipe to workbook". */
export function treeRows(tree) {
  const header = ["Code", "Name", "Name (zh)", "Parent", "Weight", "Direction", "Transform", "Target", "Unit", "Source", "Type", "Aggregation",
    "Judgements", "Lower", "Upper"];
  const fields = ["code", "name", "nameZh", "parent", "weight", "direction", "transform", "target", "unit", "source", "type", "aggregation",
    "judgements", "lower", "upper"];
  const text = (v) => (v === undefined || v === null ? "" : typeof v === "object" ? String(v.method ?? "") : String(v));
  return [header, ...tree.map((n) => fields.map((f) => text(n[f])))];
}

/** A recipe as Recipe sheet rows: Key | Value, a step's method under its own key and its parameters as step.key. */
export function recipeRows(recipe) {
  const rec = [["Key", "Value"]];
  const walk = (obj, prefix) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = k === "method" && prefix ? prefix : prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === "object" && !Array.isArray(v)) walk(v, key);
      else rec.push([key, Array.isArray(v) ? JSON.stringify(v) : String(v)]);
    }
  };
  if (recipe.preset) rec.push(["preset", recipe.preset]);
  walk(Object.fromEntries(Object.entries(recipe).filter(([k]) => k !== "preset")), "");
  return rec;
}

/** Saaty's scale as the pane offers it for one judgement, weakest to strongest; the server reads these texts. */
export const SAATY = ["1/9", "1/8", "1/7", "1/6", "1/5", "1/4", "1/3", "1/2", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** The inner nodes of Indicators sheet rows (header first, Code and Parent columns), each with its children in row order. */
export function judgementNodes(rows) {
  const header = rows[0].map((h) => String(h).trim().toLowerCase());
  const code = header.indexOf("code"), parent = header.indexOf("parent");
  const children = new Map();
  for (const r of rows.slice(1)) {
    const c = String(r[code] ?? "").trim(), p = String(r[parent] ?? "").trim();
    if (c && !children.has(c)) children.set(c, []);
    if (c && p) (children.get(p) ?? children.set(p, []).get(p)).push(c);
  }
  return [...children].filter(([, kids]) => kids.length >= 2).map(([node, kids]) => ({ code: node, children: kids }));
}

/** One node's judgements as the Judgements column reads them: the upper triangle without its diagonal, rows by ";". */
export function judgementText(upper) {
  return upper.filter((row) => row.length).map((row) => row.join(" ")).join("; ");
}

/** Indicators rows with a Judgements column holding each judged node's text (replacing one the rows already had). */
export function withJudgements(rows, judgements) {
  const header = rows[0].map(String);
  let col = header.findIndex((h) => h.trim().toLowerCase() === "judgements");
  const code = header.findIndex((h) => h.trim().toLowerCase() === "code");
  const out = rows.map((r) => [...r]);
  if (col < 0) { col = header.length; out.forEach((r, i) => { while (r.length < col) r.push(""); r.push(i === 0 ? "Judgements" : ""); }); }
  for (const r of out.slice(1)) {
    const text = judgements[String(r[code] ?? "").trim()];
    if (text !== undefined) { while (r.length <= col) r.push(""); r[col] = text; }
  }
  return out;
}
