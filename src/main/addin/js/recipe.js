// Turning the pane's choices, or a workbook's Indicators/Recipe sheets, into the API's tree and
// recipe. Pure, tested in node.

const STEPS = new Set(["normalise", "weights", "aggregate", "rescale", "tiers", "stars"]);

function parseValue(v) {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (t === "true" || t === "false") return t === "true";
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (t.startsWith("[")) try { return JSON.parse(t); } catch { /* text */ }
  return t;
}

/** Recipe sheet rows [[Key, Value], …] → { preset, recipe } with "tiers.k" nested and bare words as methods. */
export function recipeFromRows(rows) {
  const recipe = {};
  let preset = null;
  for (const [rawKey, rawValue] of rows || []) {
    const key = String(rawKey ?? "").trim();
    if (!key || key.toLowerCase() === "key") continue;
    const value = parseValue(String(rawValue ?? ""));
    if (key.toLowerCase() === "preset") { preset = String(value); continue; }
    const path = key.split(".");
    if (path.length === 1 && STEPS.has(key) && typeof value === "string") {
      recipe[key] = { ...(recipe[key] || {}), method: value };
      continue;
    }
    let at = recipe;
    for (const p of path.slice(0, -1)) at = at[p] = typeof at[p] === "object" && at[p] !== null ? at[p] : {};
    at[path[path.length - 1]] = value;
  }
  if (preset) recipe.preset = preset;
  return { preset, recipe };
}

function weightOf(v) {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return v;
  const t = String(v).trim();
  if (t.endsWith("%")) return Number(t.slice(0, -1)) / 100;
  const [a, b] = t.split("/");
  return b === undefined ? Number(a) : Number(a) / Number(b);
}

/** Indicators sheet rows (header: Code, Name, Name (zh), Parent, Weight, Direction, …) → the API's tree. */
export function treeFromRows(rows) {
  if (!rows || rows.length < 2) return null;
  const header = rows[0].map((h) => String(h).trim().toLowerCase());
  const col = (name) => header.indexOf(name);
  const get = (r, name) => (col(name) < 0 ? undefined : r[col(name)]);
  const nodes = [];
  for (const r of rows.slice(1)) {
    const code = String(get(r, "code") ?? "").trim();
    if (!code) continue;
    const node = { code };
    for (const [key, field] of [["name", "name"], ["name (zh)", "nameZh"], ["parent", "parent"], ["direction", "direction"],
      ["transform", "transform"], ["unit", "unit"], ["source", "source"], ["type", "type"], ["aggregation", "aggregation"]]) {
      const v = get(r, key);
      if (v !== undefined && String(v).trim() !== "") node[field] = String(v).trim();
    }
    const w = weightOf(get(r, "weight"));
    if (w !== undefined) node.weight = w;
    const target = get(r, "target");
    if (target !== undefined && String(target).trim() !== "") node.target = Number(target);
    nodes.push(node);
  }
  return nodes;
}

/** The pane's indicator rows [{name, direction, weight, dimension}] → a tree: index ← dimensions ← indicators. */
export function treeFromPane(indicators) {
  const nodes = [{ code: "index", name: "Index", nameZh: "指数" }];
  const dims = [];
  for (const i of indicators) if (i.dimension && !dims.includes(i.dimension)) dims.push(i.dimension);
  for (const d of dims) nodes.push({ code: `dim:${d}`, name: d, parent: "index" });
  for (const i of indicators) {
    const node = { code: i.name, name: i.name, parent: i.dimension ? `dim:${i.dimension}` : "index", direction: i.direction };
    const w = weightOf(i.weight);
    if (w !== undefined && !Number.isNaN(w)) node.weight = w;
    nodes.push(node);
  }
  return nodes;
}

/** The tree and recipe as Indicators and Recipe sheet rows, for "Save recipe to workbook". */
export function setupRows(tree, recipe) {
  const header = ["Code", "Name", "Name (zh)", "Parent", "Weight", "Direction", "Transform", "Target", "Unit", "Source", "Type", "Aggregation"];
  const fields = ["code", "name", "nameZh", "parent", "weight", "direction", "transform", "target", "unit", "source", "type", "aggregation"];
  const indicators = [header, ...tree.map((n) => fields.map((f) => (n[f] === undefined || n[f] === null ? "" : String(n[f]))))];
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
  return { indicators, recipe: rec };
}
