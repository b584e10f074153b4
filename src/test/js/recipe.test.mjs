import { test } from "node:test";
import assert from "node:assert/strict";
import { indicatorRowsFromPane, treeRows, recipeRows, SAATY, judgementNodes, judgementText, withJudgements } from "../../main/addin/js/recipe.js";

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

test("AHP editor: the inner nodes with their children, a node's upper triangle as Judgements text, the column added or replaced", () => {
  const rows = [["Code", "Parent"], ["index", ""], ["A", "index"], ["B", "index"], ["a1", "A"], ["a2", "A"], ["a3", "A"], ["b1", "B"]];
  assert.deepEqual(judgementNodes(rows), [{ code: "index", children: ["A", "B"] }, { code: "A", children: ["a1", "a2", "a3"] }],
    "B has one child: nothing to compare");
  assert.equal(judgementText([["3", "1/2"], ["5"], []]), "3 1/2; 5");
  assert.equal(SAATY.length, 17);
  assert.deepEqual(withJudgements(rows, { A: "3 1/2; 5" }).slice(0, 3), [["Code", "Parent", "Judgements"], ["index", "", ""], ["A", "index", "3 1/2; 5"]]);
  const had = [["Code", "Judgements"], ["A", "2"]];
  assert.deepEqual(withJudgements(had, { A: "4" }), [["Code", "Judgements"], ["A", "4"]]);
});
