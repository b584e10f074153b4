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
  const header = ["Code", "Name", "Name (zh)", "Parent", "Weight", "Direction", "Transform", "Target", "Unit", "Source", "Type", "Aggregation"];
  const fields = ["code", "name", "nameZh", "parent", "weight", "direction", "transform", "target", "unit", "source", "type", "aggregation"];
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
