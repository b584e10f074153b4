import { test } from "node:test";
import assert from "node:assert/strict";
import { OfficeMockObject } from "office-addin-mock";
import { readSelection } from "../../main/addin/js/excel.js";
import { parseSelection } from "../../main/addin/js/selection.js";

test("reads the selection with office-addin-mock: address and values after one sync", async () => {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        range: { address: "Data!A1:C3", values: [["City", "x", "y"], ["Boston", 0.12, "2"], ["Paris", 0.3, ""]],
          numberFormat: [["@", "@", "@"], ["General", "0%", "@"], ["General", "0%", "@"]] },
        getSelectedRange: function () { return this.range; },
      },
    },
    run: async function (callback) { return callback(this.context); },
  });
  globalThis.Excel = mock;
  const sel = await readSelection();
  assert.equal(sel.address, "Data!A1:C3");
  const parsed = parseSelection(sel);
  assert.deepEqual(parsed.table.values, [[0.12, "2"], [0.3, null]]);
  assert.deepEqual(parsed.percent, ["x"], "a column shown as % is named: its fractions are what is used");
  assert.equal(parsed.table.origin, "Data!A1");
});
