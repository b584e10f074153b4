import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSelection, parseAddress, cellAddress, columnLetters, realCell } from "../../main/addin/js/selection.js";

test("header row, entity column and indicators; origin is the entity header cell", () => {
  const p = parseSelection({ address: "Sheet1!B2:D4", values: [["City", "gdp", "patents"], ["Boston", 1.5, "1,234"], ["Paris", "", 7]] });
  assert.deepEqual(p.table.entities, ["Boston", "Paris"]);
  assert.deepEqual(p.table.indicators, ["gdp", "patents"]);
  assert.deepEqual(p.table.values, [[1.5, "1,234"], [null, 7]], "blanks are null; numbers typed as text go to the server as text");
  assert.equal(p.table.origin, "Sheet1!B2");
});

test("a leading rank column is skipped: the entity column is the first that holds text", () => {
  const p = parseSelection({ address: "'My data'!A1:C3", values: [["Rank", "City", "x"], [1, "Boston", 3], [2, "Paris", 4]] });
  assert.equal(p.table.origin, "'My data'!B1");
  assert.deepEqual(p.table.indicators, ["x"]);
});

test("Group and Year columns are recognised by header, in English or Chinese", () => {
  const p = parseSelection({ address: "A1:D3", values: [["City", "年份", "x", "Group"], ["A", 2022, 1, "main"], ["B", 2023, 2, "mini"]] });
  assert.deepEqual(p.table.years, [2022, 2023]);
  assert.deepEqual(p.table.groups, ["main", "mini"]);
  assert.deepEqual(p.table.indicators, ["x"]);
  assert.equal(p.contiguous, false);
  // the server addresses x as the column right of the names (B); the pane maps it back to C
  assert.equal(realCell("B3", p), "C3");
});

test("trailing blank rows are dropped; a numeric first row is not taken for a header", () => {
  assert.equal(parseSelection({ address: "A1:B3", values: [["City", "x"], ["A", 1], ["", ""]] }).table.entities.length, 1);
  assert.equal(parseSelection({ address: "A1:C2", values: [[1, 2, 3], [4, 5, 6]] }).error, "noHeader");
  assert.equal(parseSelection({ address: "A1:B1", values: [["City", "x"]] }).error, "selectTwoRows");
});

test("addresses: letters, quoting and parsing agree with Excel", () => {
  assert.equal(columnLetters(0), "A");
  assert.equal(columnLetters(27), "AB");
  assert.equal(columnLetters(16383), "XFD");
  assert.deepEqual(parseAddress("'It''s'!$C$7:D9"), { sheet: "It's", row: 6, col: 2 });
  assert.equal(cellAddress("It's", 6, 2), "'It''s'!C7");
});
