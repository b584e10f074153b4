import { test } from "node:test";
import assert from "node:assert/strict";
import "./fake-excel.js";
import { readWorkbookSetup, saveSetup, goToCell, sheetNames } from "../../main/addin/js/excel.js";
import { treeRows, recipeRows } from "../../main/addin/js/recipe.js";

globalThis.FakeExcel.install(globalThis);
const { FakeExcel } = globalThis;

test("prefill: a workbook's Indicators, Recipe and Neighbours sheets are read as their cells, for the server to read", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Data", [["City", "a"], ["P", 1]]);
  wb.addSheet("Indicators", [["Code", "Parent", "Weight", "Direction"], ["idx", "", "", ""], ["a", "idx", 1, "-"]]);
  wb.addSheet("Recipe", [["Key", "Value"], ["preset", "stcud-2021"], ["normalise", "none"]]);
  const setup = await readWorkbookSetup();
  assert.deepEqual(setup.recipe, [["Key", "Value"], ["preset", "stcud-2021"], ["normalise", "none"]]);
  assert.deepEqual(setup.indicators, [["Code", "Parent", "Weight", "Direction"], ["idx", "", "", ""], ["a", "idx", 1, "-"]]);
  assert.deepEqual(await sheetNames(), ["Data", "Indicators", "Recipe"]);
  assert.equal(setup.neighbours, undefined, "no Neighbours sheet, none sent");
  wb.addSheet("Neighbours", [["City", "Neighbours"], ["P", "Q, R"]]);
  assert.deepEqual((await readWorkbookSetup()).neighbours, [["City", "Neighbours"], ["P", "Q, R"]]);
  FakeExcel.reset().addSheet("Data", [["City"]]);
  assert.equal(await readWorkbookSetup(), null, "no setup sheets, nothing to prefill");
});

test("Save recipe to workbook writes Indicators and Recipe sheets as text, and never over existing ones", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Data", [["City", "x"]]);
  const indicators = treeRows([{ code: "index" }, { code: "x", parent: "index", direction: "-", weight: 0.5 }]);
  const recipe = recipeRows({ preset: "set-2024", normalise: { method: "none" } });
  assert.equal(await saveSetup(indicators, recipe), true);
  assert.deepEqual(wb.sheet("Recipe").matrix(), [["Key", "Value"], ["preset", "set-2024"], ["normalise", "none"]]);
  assert.equal(wb.sheet("Indicators").cell(2, 4).value, "0.5");
  assert.equal(wb.sheet("Indicators").cell(2, 4).format, "@");
  assert.equal(await saveSetup(indicators, recipe), false);
  assert.deepEqual(wb.sheets.map((s) => s.name), ["Data", "Indicators", "Recipe"]);
});

test("Go to cell activates the sheet and selects the cell, quoted sheet names included", async () => {
  const wb = FakeExcel.reset();
  wb.addSheet("Data", [["City"]]);
  wb.addSheet("My data", [["City"]]);
  await goToCell("'My data'!C4");
  assert.deepEqual(wb.selection, { sheet: "My data", r: 3, c: 2, rows: 1, cols: 1 });
  assert.equal(wb.active.name, "My data");
  await goToCell("Data!$B$1");
  assert.deepEqual(wb.selection, { sheet: "Data", r: 0, c: 1, rows: 1, cols: 1 });
});
