// End to end in real headless Chromium: the real jar serves the task pane; an in-page fake of the
// Excel object model (fake-excel.js) holds the GIHI template's data as the selection.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "./server.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
let server, base, browser, home;

/** The GIHI template's Data sheet (src/main/resources/templates/gihi-2023.data.csv) as sheet values. */
function gihiRows() {
  const lines = readFileSync(ROOT + "src/main/resources/templates/gihi-2023.data.csv", "utf8").trim().split("\n");
  return lines.map((l, i) => l.split(",").map((v, c) => (i === 0 || c === 0 ? v : Number(v))));
}

before(async () => {
  ({ server, base } = await startServer(ROOT));
  // a throw-away home for the browser: nothing of the test lands in the user's ~/.config or ~/.cache
  home = mkdtempSync(join(tmpdir(), "indexkit-chromium-"));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, "config"), XDG_CACHE_HOME: join(home, "cache") },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (home) rmSync(home, { recursive: true, force: true });
});

async function openPane(rows, displayLanguage = "en-US", sharedRuntime = false, sheets = {}) {
  const page = await browser.newPage({ viewport: { width: 420, height: 980 } });
  await page.route("https://appsforoffice.microsoft.com/**", (r) => r.fulfill({ contentType: "text/javascript", body: "" }));
  await page.addInitScript({ path: ROOT + "src/test/js/fake-excel.js" });
  await page.addInitScript(({ rows, displayLanguage, sharedRuntime, sheets }) => {
    FakeExcel.install(window, displayLanguage);
    const wb = FakeExcel.reset();
    wb.addSheet("Data", rows);
    for (const [name, matrix] of Object.entries(sheets)) wb.addSheet(name, matrix);
    wb.select("Data", 0, 0, rows.length, rows[0].length);
    if (!sharedRuntime) return;
    // the shared runtime's registries as Excel offers them: custom functions and ribbon commands, recorded
    class CfError extends Error { constructor(code, message) { super(message); this.code = code; } }
    window.CustomFunctions = { functions: {}, associate(id, f) { this.functions[id] = f; }, Error: CfError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
    window.Office.actions = { handlers: {}, associate(name, f) { this.handlers[name] = f; } };
  }, { rows, displayLanguage, sharedRuntime, sheets });
  await page.goto(base + "/taskpane.html");
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  return page;
}

const sheetNames = (page) => page.evaluate(() => FakeExcel.workbook.sheets.map((s) => s.name));

test("pick a preset, compute: the fake workbook gets Scores/Ranks/Tiers with the server's values; screenshots en + zh", async () => {
  const rows = gihiRows();
  const page = await openPane(rows);
  await page.click("#use-selection");
  await page.waitForSelector("#indicators:not([hidden])");
  await page.selectOption("#preset", "gihi-2023");
  // the pane shows what the preset does: its choices in the menus, marked; its source; the indicators as its tree names them
  assert.equal(await page.inputValue("#step-normalise"), "z-score");
  assert.equal(await page.inputValue("#step-rescale"), "min-max");
  assert.equal(await page.inputValue("#param-rescale-min"), "60");
  assert.equal(await page.getAttribute("#step-normalise", "data-preset"), "true");
  assert.equal(await page.isChecked("#step-leagues"), true, "GIHI ranks its mini-hubs as a league of their own");
  assert.match(await page.textContent("#preset-info"), /Global Innovation Hubs Index|GIHI|清华/);
  await page.waitForFunction(() => document.querySelectorAll("#indicator-rows tr.from-preset").length > 0);
  const first = await page.$$eval("#indicator-rows tr", (trs) => [...trs[0].querySelectorAll("td")].map((td) => td.textContent || td.querySelector("input")?.value));
  const dims = await page.$$eval("#indicator-rows input[size='8']", (els) => els.map((e) => e.value));
  assert.ok(dims.every((d) => d !== ""), `every indicator under its dimension from the tree: ${dims}`);
  assert.match(first[0], /\S+ \S+/, `the name and the code: ${first}`);
  assert.equal(await page.isDisabled("#compute"), false);
  mkdirSync(ROOT + "docs/img", { recursive: true });
  await page.screenshot({ path: ROOT + "docs/img/taskpane-preset.png", fullPage: true });
  await page.selectOption("#step-tiers", "k-means");
  await page.fill("#param-tiers-k", "4");
  await page.fill("#param-tiers-labels", "综合领先型, 均衡发展型, 特色追赶型, 基础追赶型");
  await page.click("#compute");
  await page.waitForSelector(".status.ok", { timeout: 60_000 });
  assert.deepEqual((await sheetNames(page)).slice(0, 5), ["Data", "Scores", "Ranks", "Tiers", "Weights"]);

  // The same request, straight to the server: the sheets in the workbook hold exactly its values.
  const table = { entities: rows.slice(1).map((r) => r[0]), indicators: rows[0].slice(1), values: rows.slice(1).map((r) => r.slice(1)), origin: "Data!A1" };
  const answer = await (await fetch(base + "/api/v1/compute", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ table, recipe: { preset: "gihi-2023", tiers: { method: "k-means", k: 4,
      labels: ["综合领先型", "均衡发展型", "特色追赶型", "基础追赶型"] } } }) })).json();
  for (const name of ["Scores", "Ranks", "Tiers"]) {
    const plan = answer.sheets.find((s) => s.name === name);
    const matrix = await page.evaluate((n) => FakeExcel.workbook.sheet(n).matrix(), name);
    // the level band over the Scores headers: each run of one level named in its first (merged) cell
    const band = plan.bandRows ? [plan.columns.map((c, i) => (i > 0 && plan.columns[i - 1].band === c.band ? "" : c.band ?? ""))] : [];
    assert.deepEqual(matrix, [...band, plan.columns.map((c) => c.header), ...plan.rows.map((r) => r.map((v) => (v === null ? "" : v)))], name);
  }
  assert.equal((await page.evaluate(() => FakeExcel.workbook.sheet("Scores").matrix()[2][0])), "San Francisco-San Jose");
  // each result sheet is the Excel table the server named, over its header and rows
  const tables = await page.evaluate(() => FakeExcel.workbook.tables.map((t) => ({ name: t.name, sheet: t.sheet, address: t.address })));
  for (const plan of answer.sheets.filter((p) => p.table)) {
    const t = tables.find((x) => x.sheet === plan.name);
    assert.equal(t?.name, plan.table, plan.name);
    const top = plan.bandRows || 0; // a table starts at the header, under the level band
    assert.match(t.address, new RegExp(`!A${top + 1}:[A-Z]+${plan.rows.length + 1 + top}$`), `${plan.name}: the header and every row`);
  }
  assert.match(await page.textContent("#status"), /San Francisco-San Jose \(100\.00\)/);

  // Asked to, a re-run replaces the sheets the earlier run's Provenance lists, under their names: no Scores (2)
  const before = await sheetNames(page);
  await page.evaluate(() => { FakeExcel.workbook.sheet("Scores").earlier = true; });
  await page.check("#replace");
  await page.click("#compute");
  await page.waitForFunction(() => FakeExcel.workbook.sheet("Scores") && !FakeExcel.workbook.sheet("Scores").earlier
    && document.querySelector("#progress").hidden, null, { timeout: 60_000 });
  assert.match(await page.getAttribute("#status", "class"), /ok/);
  assert.deepEqual(await sheetNames(page), before, "the same sheets, written anew");
  assert.equal(await page.evaluate(() => FakeExcel.workbook.tables.filter((t) => t.name === "IK_Scores").length), 1);
  await page.uncheck("#replace");

  mkdirSync(ROOT + "docs/img", { recursive: true });
  await page.screenshot({ path: ROOT + "docs/img/taskpane-en.png", fullPage: true });
  await page.click("#lang");
  assert.equal(await page.textContent("#compute"), "计算");
  assert.match(await page.textContent("#status"), /已写入新工作表/);
  await page.screenshot({ path: ROOT + "docs/img/taskpane-zh.png", fullPage: true });

  // "Check robustness" runs on the server with progress, then writes its sheets.
  await page.click("#lang");
  await page.click("#check");
  await page.waitForFunction(() => FakeExcel.workbook.sheets.some((s) => s.name === "Sensitivity"), null, { timeout: 90_000 });
  await page.waitForSelector(".status.ok", { timeout: 30_000 });
  assert.match(await page.textContent("#status"), /Robustness written to new sheets: Statistics \(2\), Correlations \(2\), Audit \(2\), Sensitivity/);
  const sens = await page.evaluate(() => FakeExcel.workbook.sheet("Sensitivity").matrix());
  assert.deepEqual(sens[0].slice(0, 4), ["Entity", "Nominal rank", "Median rank", "5th percentile rank"]);
  assert.equal(sens.length, 89);
  await page.click("#lang");

  // Computing again in Chinese never overwrites: the server writes Chinese sheets (得分, 排名 …) with the tree's Chinese names.
  await page.click("#compute");
  await page.waitForFunction(() => FakeExcel.workbook.sheets.some((s) => s.name === "得分"), null, { timeout: 60_000 });
  assert.ok((await sheetNames(page)).includes("排名"));
  assert.ok((await sheetNames(page)).includes("Scores"), "the English run's sheets are kept");
  const zhHeader = await page.evaluate(() => FakeExcel.workbook.sheet("得分").matrix()[1].slice(0, 2));
  assert.deepEqual(await page.evaluate(() => FakeExcel.workbook.sheet("得分").matrix()[0].slice(1, 3)), ["指数", "维度"], "the band in Chinese");
  assert.deepEqual(zhHeader, ["对象", "国际科技创新中心指数"]);
  assert.equal(await page.evaluate(() => FakeExcel.workbook.table("IK_得分")?.sheet), "得分");
  await page.close();
});

test("a malformed selection shows the bad cell; Go to cell selects it in the workbook", async () => {
  const rows = gihiRows().slice(0, 12);
  rows[3][2] = "12,3"; // Data!C4
  const page = await openPane(rows, "zh-CN");
  assert.equal(await page.textContent("#compute"), "计算", "the language follows Office.context.displayLanguage");
  assert.equal(await page.isDisabled("#compute"), true, "no selection yet: Compute waits for one");
  assert.equal(await page.isDisabled("#check"), true);
  assert.match(await page.textContent("#actions-reason"), /使用选区/, "and says why");
  await page.selectOption("#preset", "gihi-2023");
  await page.click("#use-selection");
  await page.waitForSelector("#problems-box:not([hidden])", { timeout: 60_000 });
  const text = await page.textContent("#problems");
  assert.match(text, /Data!C4/);
  assert.match(text, /"12,3" is not a number/);
  await page.click("a.goto");
  await page.waitForFunction(() => FakeExcel.workbook.selection.r === 3);
  assert.deepEqual(await page.evaluate(() => FakeExcel.workbook.selection), { sheet: "Data", r: 3, c: 2, rows: 1, cols: 1 });
  assert.deepEqual(await sheetNames(page), ["Data"], "nothing written");
  await page.close();
});

test("the AHP matrix editor and an analysis: weights = AHP with one judgement, coupling coordination of the two dimensions; Weights, AHP and Coupling (with its chart) written", async () => {
  const rows = gihiRows().slice(0, 21).map((r) => r.slice(0, 5)); // 20 metros, A1–A4
  const page = await openPane(rows);
  await page.click("#use-selection");
  await page.waitForSelector("#indicators:not([hidden])");
  const dims = await page.$$("#indicator-rows input[size='8']");
  for (let i = 0; i < dims.length; i++) await dims[i].fill(i < 2 ? "P" : "Q");
  await page.selectOption("#step-weights", "ahp");
  await page.waitForSelector("#ahp:not([hidden])");
  assert.deepEqual(await page.$$eval("#ahp-node option", (o) => o.map((x) => x.value)), ["index", "dim:P", "dim:Q"]);
  await page.selectOption("#ahp-node", "index");
  await page.selectOption("#ahp-0-1", "3"); // P three times as important as Q
  await page.selectOption("#step-analyses\\.coupling", "standard"); // and the coupling coordination of P and Q
  assert.equal(await page.textContent("#ahp-matrix tr:nth-child(3) td:nth-child(2)"), "1/3", "the reciprocal is shown below");
  await page.click("#compute");
  await page.waitForSelector(".status.ok", { timeout: 60_000 });
  const weights = await page.evaluate(() => FakeExcel.workbook.sheet("Weights").matrix());
  const p = weights.find((r) => r.includes("dim:P"));
  const local = weights[0].indexOf("Weight among siblings");
  assert.ok(p && Math.abs(p[local] - 0.75) < 1e-12, `P's weight is the priority of a 2 × 2 judgement of 3: 3/4; Weights: ${JSON.stringify(weights)}`);
  assert.ok((await sheetNames(page)).includes("AHP"));
  const coupling = await page.evaluate(() => { const s = FakeExcel.workbook.sheet("Coupling"); return { rows: s.matrix(), charts: s.charts }; });
  assert.equal(coupling.rows[0][coupling.rows[0].indexOf("Coordination D")], "Coordination D");
  assert.equal(coupling.rows.length, 21, "20 metros and the header");
  assert.equal(coupling.charts.length, 1, "the Coupling sheet's bar chart of D");
  assert.match(coupling.charts[0].title.text, /Coupling coordination D/);
  await page.screenshot({ path: ROOT + "docs/img/taskpane-ahp.png", fullPage: true });
  await page.close();
});

test("the shared runtime: INDEXKIT.* functions registered from the server and computed by it; the ribbon's Compute with formula mode writes a Calc sheet of live formulas", async () => {
  const rows = gihiRows().slice(0, 21).map((r) => r.slice(0, 5));
  const page = await openPane(rows, "en-US", true);
  await page.waitForFunction(() => Object.keys(window.CustomFunctions.functions).length === 6, null, { timeout: 30_000 });
  assert.deepEqual(await page.evaluate(() => Object.keys(window.CustomFunctions.functions)), ["SCORE", "WEIGHTS", "TOPSIS", "AHP", "COUPLING", "GRA"]);
  // =INDEXKIT.AHP(A1:B2) with P three times Q: priorities 3/4 and 1/4, a consistent matrix (λmax 2, CI 0)
  const ahp = await page.evaluate(() => window.CustomFunctions.functions.AHP([[1, 3], ["1/3", 1]], null, { parameterAddresses: ["Data!H1:I2", null] }));
  assert.deepEqual(ahp.map((r) => r[0]), ["w1", "w2", "λmax", "CI", "CR"]);
  assert.ok(Math.abs(ahp[0][1] - 0.75) < 1e-12 && Math.abs(ahp[2][1] - 2) < 1e-12, JSON.stringify(ahp));
  const bad = await page.evaluate(() => window.CustomFunctions.functions.TOPSIS([[1, 2], [3, "12,3"]], null, null, { parameterAddresses: ["Data!H1:I2", null, null] })
    .then(() => null, (e) => ({ code: e.code, message: e.message })));
  assert.equal(bad.code, "#VALUE!");
  assert.match(bad.message, /^Data!I2: INDEXKIT.TOPSIS data: "12,3" is not a number/);

  assert.deepEqual(await page.evaluate(() => Object.keys(window.Office.actions.handlers)), ["compute", "rerunFromRecipe", "checkRobustness"]);
  await page.click("#use-selection");
  await page.waitForSelector("#indicators:not([hidden])");
  await page.check("#step-formulas");
  const done = await page.evaluate(() => new Promise((resolve) => window.Office.actions.handlers.compute({ completed: () => resolve(true) })));
  assert.equal(done, true, "the command told Excel it completed");
  assert.ok((await sheetNames(page)).includes("Calc"));
  const calc = await page.evaluate(() => { const s = FakeExcel.workbook.sheet("Calc"); return { input: s.cell(1, 1).formula, score: FakeExcel.workbook.sheet("Scores").cell(2, 1).formula }; }); // Scores' first row under the level band
  assert.match(calc.input, /^=Data!B\d+$/, "the input references the Data cell");
  assert.match(calc.score, /^='Calc'![A-Z]+2$/, "Scores references Calc");
  await page.close();
});

test("issue 19: reproduce a published index — SET 2024's printed composite table selected as it stands; the server offers its number columns, the fit writes Fit, Fit variants, Fit weights, Fit residuals, Indicators and Recipe; in Chinese too; screenshot", async () => {
  // seed-tables/002_set_index_total.csv: rank, names in two languages, region, the composite and its three dimensions (2 dp)
  const lines = readFileSync(ROOT + "src/test/resources/seed-tables/002_set_index_total.csv", "utf8").trim().split("\n");
  const rows = lines.map((l, i) => l.split(",").map((v, c) => (i === 0 || [1, 2, 3].includes(c) ? v : Number(v))));
  const page = await openPane(rows);
  await page.click("#fit-section summary");
  await page.click("#fit-read");
  await page.waitForSelector("#fit-choices:not([hidden])");
  assert.equal(await page.inputValue("#fit-parent"), "set_total");
  const checked = await page.$$eval("#fit-children input:checked", (els) => els.map((e) => e.value));
  assert.deepEqual(checked, ["education", "talent", "science_technology"], "the rank column is offered but not ticked");
  assert.equal(await page.isHidden("#fit-tree-field"), true, "no Indicators sheet in the workbook: no whole-tree fit offered");
  await page.selectOption("#fit-parent", "set_total");
  await page.click("#fit");
  await page.waitForSelector(".status.ok", { timeout: 60_000 });
  assert.deepEqual((await sheetNames(page)).slice(1), ["Fit", "Fit variants", "Fit weights", "Fit residuals", "Indicators", "Recipe", "Fit data"]);
  const fit = await page.evaluate(() => FakeExcel.workbook.sheet("Fit").matrix());
  assert.deepEqual(fit[1].slice(0, 2), ["set_total", "weighted mean"]);
  assert.equal(fit[1][2], "0.2, 0.3, 0.5");
  assert.match(await page.textContent("#fit-verdicts"), /set_total is a weighted mean of education, talent, science_technology, weights 0\.2, 0\.3, 0\.5/);
  const indicators = await page.evaluate(() => FakeExcel.workbook.sheet("Indicators").matrix());
  assert.deepEqual(indicators.map((r) => r.slice(0, 4)), [["Code", "Name", "Parent", "Weight"], ["set_total", "set_total", "", ""],
    ["education", "education", "set_total", "0.2"], ["talent", "talent", "set_total", "0.3"], ["science_technology", "science_technology", "set_total", "0.5"]]);
  await page.screenshot({ path: ROOT + "docs/img/taskpane-fit.png", fullPage: true });

  await page.click("#lang");
  assert.equal(await page.textContent("#fit"), "拟合");
  await page.fill("#fit-printed", "0.3, 0.3, 0.4");
  await page.click("#fit");
  await page.waitForFunction(() => FakeExcel.workbook.sheets.some((s) => s.name === "拟合"), null, { timeout: 60_000 });
  assert.match(await page.textContent("#fit-verdicts"), /set_total 是 education、talent、science_technology 的加权平均，权重 0\.2、0\.3、0\.5/);
  const zh = await page.evaluate(() => FakeExcel.workbook.sheet("拟合").matrix());
  assert.deepEqual((await sheetNames(page)).slice(8), ["拟合", "拟合形式", "拟合权重", "拟合残差", "Indicators (2)", "Recipe (2)", "拟合数据"],
    "the fit's own sheets in Chinese; Indicators and Recipe keep the names IndexKit reads");
  assert.equal(zh[0][0], "节点");
  assert.match(zh[1][9], /^报告给出的权重 0\.3、0\.3、0\.4：最大偏差/);
  await page.close();
});

test("issue 19: a whole tree from the workbook's Indicators sheet — SET's composite and talent tables joined on one sheet; every parent node the selection prints is fitted and listed, the rest named as not fitted", async () => {
  const read = (name) => readFileSync(ROOT + `src/test/resources/seed-tables/${name}.csv`, "utf8").trim().split("\n").map((l) => l.split(","));
  const total = read("002_set_index_total"), talent = read("002_talent_dimension");
  const byCity = new Map(talent.slice(1).map((r) => [r[2], r]));
  const rows = [["city", "set_total", "education", "talent", "science_technology", "research_talent", "industry_talent", "talent_potential"],
    ...total.slice(1).map((r) => [r[2], ...r.slice(4, 8).map(Number), ...byCity.get(r[2]).slice(4, 7).map(Number)])];
  const indicators = [["Code", "Parent", "Weight"], ["set_total", "", ""], ["education", "set_total", ""], ["talent", "set_total", ""],
    ["science_technology", "set_total", ""], ["research_talent", "talent", "40%"], ["industry_talent", "talent", "40%"],
    ["talent_potential", "talent", "20%"], ["basic_education", "education", ""]];
  const page = await openPane(rows, "en-US", false, { Indicators: indicators });
  await page.click("#fit-section summary");
  await page.click("#fit-read");
  await page.waitForSelector("#fit-choices:not([hidden])");
  assert.equal(await page.isHidden("#fit-tree-field"), false, "the workbook has an Indicators sheet: the whole tree is offered");
  await page.check("#fit-tree");
  await page.click("#fit");
  await page.waitForSelector(".status.ok", { timeout: 60_000 });
  const verdicts = await page.$$eval("#fit-verdicts li", (els) => els.map((e) => e.textContent));
  assert.equal(verdicts.length, 2);
  assert.match(verdicts[0], /^set_total is a weighted mean of education, talent, science_technology, weights 0\.2, 0\.3, 0\.5/);
  assert.match(verdicts[1], /^talent is a weighted mean of research_talent, industry_talent, talent_potential, weights 0\.35, 0\.35, 0\.3/);
  const fit = await page.evaluate(() => FakeExcel.workbook.sheet("Fit").matrix());
  assert.deepEqual(fit.slice(1).map((r) => r[0]), ["set_total", "talent", "education", "Recipe"]);
  assert.equal(fit[3][8], "not fitted: the table prints no basic_education");
  assert.match(fit[2][9], /^The printed weights 0\.4, 0\.4, 0\.2 miss by 2\.25 \(Shenzhen\): rejected\.$/);
  assert.ok((await sheetNames(page)).includes("Indicators (2)"), "the recipe beside the workbook's own Indicators, which stays");
  assert.deepEqual(await page.evaluate(() => FakeExcel.workbook.sheet("Indicators").matrix()), indicators);
  await page.close();
});
