import { test } from "node:test";
import assert from "node:assert/strict";
import { recipeFromRows, treeFromRows, treeFromPane, setupRows } from "../../main/addin/js/recipe.js";

test("Recipe sheet rows: preset, bare words as methods, dotted keys nested, numbers and lists typed", () => {
  const { preset, recipe } = recipeFromRows([["Key", "Value"], ["preset", "gihi-2023"], ["tiers", "k-means"], ["tiers.k", "4"],
    ["tiers.labels", "[\"a\",\"b\",\"c\",\"d\"]"], ["leagues", "true"]]);
  assert.equal(preset, "gihi-2023");
  assert.deepEqual(recipe, { preset: "gihi-2023", tiers: { method: "k-means", k: 4, labels: ["a", "b", "c", "d"] }, leagues: true });
});

test("Indicators sheet rows → tree nodes with weights as numbers (0.35, 35%, 2/15)", () => {
  const tree = treeFromRows([["Code", "Parent", "Weight", "Direction", "Aggregation"], ["idx", "", "", "", "geometric"], ["a", "idx", "2/15", "-", ""], ["b", "idx", "35%", "", ""]]);
  assert.deepEqual(tree[0], { code: "idx", aggregation: "geometric" });
  assert.equal(tree[1].weight, 2 / 15);
  assert.equal(tree[1].direction, "-");
  assert.equal(tree[2].weight, 0.35);
});

test("the pane's indicator rows make index ← dimensions ← indicators; saving writes them back as sheet rows", () => {
  const tree = treeFromPane([{ name: "x", direction: "+", weight: "0.6", dimension: "D1" }, { name: "y", direction: "-", weight: "", dimension: "" }]);
  assert.deepEqual(tree.map((n) => [n.code, n.parent]), [["index", undefined], ["dim:D1", "index"], ["x", "dim:D1"], ["y", "index"]]);
  const rows = setupRows(tree, { preset: "set-2024", normalise: { method: "none" }, tiers: { method: "quantile", k: 4 } });
  assert.deepEqual(rows.recipe, [["Key", "Value"], ["preset", "set-2024"], ["normalise", "none"], ["tiers", "quantile"], ["tiers.k", "4"]]);
  assert.deepEqual(recipeFromRows(rows.recipe).recipe, { preset: "set-2024", normalise: { method: "none" }, tiers: { method: "quantile", k: 4 } });
  assert.deepEqual(treeFromRows(rows.indicators).map((n) => n.code), ["index", "dim:D1", "x", "y"]);
});
