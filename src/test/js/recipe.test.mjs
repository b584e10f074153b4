import { test } from "node:test";
import assert from "node:assert/strict";
import { indicatorRowsFromPane, treeRows, recipeRows } from "../../main/addin/js/recipe.js";

test("the pane's indicator rows are laid out as an Indicators sheet: index ← dimensions ← indicators, weights as typed", () => {
  const rows = indicatorRowsFromPane([{ name: "x", direction: "+", weight: "2/15", dimension: "D1" }, { name: "y", direction: "-", weight: "", dimension: "" }]);
  assert.deepEqual(rows, [["Code", "Name", "Name (zh)", "Parent", "Weight", "Direction"], ["index", "Index", "指数", "", "", ""],
    ["dim:D1", "D1", "", "index", "", ""], ["x", "x", "", "dim:D1", "2/15", "+"], ["y", "y", "", "index", "", "-"]]);
});

test("saving: a recipe as Key | Value rows, a step's method under its key; a tree as Indicators rows", () => {
  assert.deepEqual(recipeRows({ preset: "set-2024", normalise: { method: "none" }, tiers: { method: "quantile", k: 4, labels: ["a", "b", "c", "d"] } }),
    [["Key", "Value"], ["preset", "set-2024"], ["normalise", "none"], ["tiers", "quantile"], ["tiers.k", "4"], ["tiers.labels", "[\"a\",\"b\",\"c\",\"d\"]"]]);
  const rows = treeRows([{ code: "index" }, { code: "d", parent: "index", aggregation: { method: "geometric" } }, { code: "x", parent: "d", weight: 0.5, direction: "-" }]);
  assert.deepEqual(rows.slice(1).map((r) => [r[0], r[3], r[4], r[5], r[11]]), [["index", "", "", "", ""], ["d", "index", "", "", "geometric"], ["x", "d", "0.5", "-", ""]]);
});
