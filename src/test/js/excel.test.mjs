import { test } from "node:test";
import assert from "node:assert/strict";
import { OfficeMockObject } from "office-addin-mock";
import { readSelection } from "../../main/addin/js/excel.js";

test("reads the selection with office-addin-mock: address, values and number formats after one sync, as they are", async () => {
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
  assert.deepEqual(sel.values, [["City", "x", "y"], ["Boston", 0.12, "2"], ["Paris", 0.3, ""]], "the server reads them");
  assert.deepEqual(sel.numberFormat[1], ["General", "0%", "@"], "a cell shown as % is sent with its format");
});
