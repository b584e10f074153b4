import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { STRINGS } from "../../main/addin/js/i18n.js";

test("every pane text exists in English and Chinese, and every data-t of the page has one", () => {
  const en = Object.keys(STRINGS.en).sort(), zh = Object.keys(STRINGS["zh-CN"]).sort();
  assert.deepEqual(zh, en, "the same keys in both languages");
  const html = readFileSync(new URL("../../main/addin/taskpane.html", import.meta.url), "utf8");
  const used = [...html.matchAll(/data-t="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(used.includes("weightHint"), "the weight hint is on the page");
  for (const key of used) assert.ok(key in STRINGS.en, `data-t="${key}" has a text`);
});
