// The task pane: wiring between the page, Excel (excel.js, render.js) and the server (api.js).
// No maths here: the server computes; the pane reads the selection and writes the SheetPlans.
import { writeSheetPlans } from "./render.js";
import { readSelection, goToCell, readWorkbookSetup, saveSetup, sheetNames, sheetTops } from "./excel.js";
import { fetchMethods, readTable, compute, startCheck, pollCheck, cancelCheck } from "./api.js";
import { STRINGS, languageOf, labelOf } from "./i18n.js";
import { initFit } from "./fit.js";
import { indicatorRowsFromPane, treeRows, recipeRows, SAATY, judgementNodes, judgementText, withJudgements } from "./recipe.js";

/** The catalogue's steps that choose a method (recipe steps and analyses such as "analyses.coupling"), in its order. */
const choiceSteps = () => state.catalogue.steps.filter((s) => s.options);
/** The catalogue's on/off recipe keys (leagues, formulas), each a checkbox. */
const flagSteps = () => state.catalogue.steps.filter((s) => s.type === "boolean");
const state = { lang: "en", catalogue: null, selection: null, indicators: [], workbook: null, last: null, judgements: {}, cells: {} };
window.indexkit = { state };
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => { const s = STRINGS[state.lang][key]; return typeof s === "function" ? s(...args) : s; };

function renderTexts() {
  document.documentElement.lang = state.lang;
  if (state.selectionInfo) $("selection-info").textContent = t("selected", ...state.selectionInfo);
  if (state.status) status(...state.status);
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  $("lang").textContent = t("language");
  renderMethodControls();
  renderIndicators();
  renderAhp();
  state.fit?.render();
}

function renderMethodControls() {
  if (!state.catalogue) return;
  const preset = $("preset");
  const chosen = preset.value;
  preset.replaceChildren(new Option(t("custom"), ""),
    ...state.catalogue.presets.map((p) => new Option(labelOf(p.title, state.lang), p.id)));
  preset.value = chosen;
  for (const step of choiceSteps()) {
    const select = $(`step-${step.id}`) || stepField(step.id);
    const value = select.value;
    select.replaceChildren(new Option("—", ""), ...step.options.map((o) => new Option(labelOf(o.label, state.lang), o.id)));
    select.value = value;
    select.onchange = () => { unmark(step.id); renderParams(step); if (step.id === "weights") renderAhp(); };
    $(`label-${step.id}`).textContent = labelOf(step.label, state.lang);
    renderParams(step);
  }
  for (const step of flagSteps()) {
    if (!$(`step-${step.id}`)) {
      const field = Object.assign(document.createElement("label"), { className: "field flag" });
      field.append(Object.assign(document.createElement("input"), { type: "checkbox", id: `step-${step.id}`, checked: Boolean(step.defaultValue) }),
        Object.assign(document.createElement("span"), { id: `label-${step.id}` }));
      $("steps").append(field);
    }
    $(`label-${step.id}`).textContent = labelOf(step.label, state.lang);
  }
}

/** The preset's choice of a step ("analyses.coupling" → recipe.analyses.coupling), or undefined. */
const presetChoice = (preset, id) => id.split(".").reduce((at, key) => at?.[key], preset.recipe);

/** A menu the user changed is no longer the preset's: it is sent with the request. */
function unmark(id) {
  const select = $(`step-${id}`);
  delete select.dataset.preset;
  $(`label-${id}`).classList.remove("from-preset");
}

/**
 * The chosen preset shown in the menus: each step set to the preset's choice with its parameters, marked as the preset's
 * (and not sent, the preset decides them); its source report and notes below the menu; the indicators as its tree names them.
 */
function applyPreset() {
  const preset = state.catalogue?.presets.find((p) => p.id === $("preset").value);
  for (const step of choiceSteps()) {
    const select = $(`step-${step.id}`);
    const choice = preset ? presetChoice(preset, step.id) : undefined;
    select.value = choice?.method ?? "";
    if (preset) { select.dataset.preset = "true"; $(`label-${step.id}`).classList.add("from-preset"); } else unmark(step.id);
    renderParams(step, choice ?? {});
  }
  for (const step of flagSteps()) if (step.id === "leagues") $(`step-${step.id}`).checked = Boolean(preset?.recipe.leagues);
  const info = $("preset-info");
  info.hidden = !preset;
  if (preset) {
    const notes = [].concat(preset.notes ?? []).map((n) => Object.assign(document.createElement("li"), { textContent: n }));
    info.replaceChildren(Object.assign(document.createElement("strong"), { textContent: t("presetSource") }), ` ${preset.source}`,
      ...(notes.length ? [document.createElement("br"), Object.assign(document.createElement("strong"), { textContent: t("presetNotes") }),
        Object.assign(document.createElement("ul"), { className: "notes" })] : []), t("presetMarked"));
    info.querySelector("ul.notes")?.append(...notes);
  }
  renderAhp();
  if (state.selection) describeIndicators();
}

/** Each column as the chosen preset's tree binds it (the server's rule): its name, code and dimension shown, its weight and direction. */
async function describeIndicators() {
  const preset = $("preset").value;
  const answer = preset ? await readTable({ table: state.selection.table, recipe: { preset } }) : null;
  const nodes = answer?.ok ? answer.body.nodes : null;
  state.indicators = state.selection.view.indicators.map((header, i) => {
    const n = nodes?.[i];
    if (!n?.code) return { name: header, direction: "+", weight: "", dimension: "" };
    const zh = state.lang === "zh-CN";
    return { name: header, code: n.code, label: (zh && n.nameZh) || n.name || n.code, direction: n.direction === "-" ? "-" : "+",
      weight: n.weight ?? "", dimension: (zh && n.dimensionZh) || n.dimension || "", fromPreset: true };
  });
  renderIndicators();
}

/** Compute and Check need a selection: disabled, with the reason, until there is one. */
function renderActions() {
  const ready = Boolean(state.selection);
  $("compute").disabled = $("check").disabled = !ready || state.busy;
  $("actions-reason").hidden = ready;
}

/** A step's field (label, menu, parameter box) in the grid, made the first time the catalogue names the step. */
function stepField(id) {
  const field = Object.assign(document.createElement("div"), { className: "field" });
  const select = Object.assign(document.createElement("select"), { id: `step-${id}` });
  field.append(Object.assign(document.createElement("span"), { id: `label-${id}` }), select,
    Object.assign(document.createElement("div"), { id: `params-${id}`, className: "params" }));
  $("steps").append(field);
  return select;
}

/**
 * One input per parameter of the chosen option, built from the catalogue (number, integer, boolean, choice, text), holding
 * what it held before or, when given, a preset's values.
 */
function renderParams(step, given = null) {
  const box = $(`params-${step.id}`);
  const option = step.options.find((o) => o.id === $(`step-${step.id}`).value);
  const kept = {};
  box.querySelectorAll("[data-param]").forEach((el) => { kept[el.dataset.param] = el.type === "checkbox" ? el.checked : el.value; });
  if (given) for (const [k, v] of Object.entries(given)) if (k !== "method") kept[k] = Array.isArray(v) ? v.join(", ") : v;
  box.replaceChildren(...(option?.parameters || []).map((p) => {
    const label = document.createElement("label");
    label.append(labelOf(p.label, state.lang));
    let input;
    if (p.type.startsWith("choice:")) {
      input = document.createElement("select");
      input.append(...p.type.slice(7).split("|").map((c) => new Option(c, c)));
      input.value = kept[p.id] ?? p.defaultValue ?? "";
    } else if (p.type === "boolean") {
      input = Object.assign(document.createElement("input"), { type: "checkbox", checked: kept[p.id] ?? Boolean(p.defaultValue) });
    } else {
      const numeric = p.type === "number" || p.type === "integer";
      input = Object.assign(document.createElement("input"), { type: numeric ? "number" : "text", value: kept[p.id] ?? "",
        placeholder: p.defaultValue === null || p.defaultValue === undefined ? "" : String(p.defaultValue) });
      if (numeric && p.min !== undefined) input.min = p.min;
      if (numeric && p.max !== undefined) input.max = p.max;
    }
    input.oninput = () => unmark(step.id);
    input.id = `param-${step.id}-${p.id}`;
    input.dataset.param = p.id;
    input.dataset.type = p.type;
    label.append(input);
    return label;
  }));
}

/** The chosen option's parameter values that the user set (defaults stay the server's). */
function paramsOf(stepId) {
  const out = {};
  $(`params-${stepId}`).querySelectorAll("[data-param]").forEach((el) => {
    const type = el.dataset.type;
    if (type === "boolean") { if (el.checked) out[el.dataset.param] = true; return; }
    const v = el.value.trim();
    if (v === "") return;
    out[el.dataset.param] = type === "number" || type === "integer" ? Number(v) : v; // lists as typed: the server reads "80, 70"
  });
  return out;
}

function renderIndicators() {
  const body = $("indicator-rows");
  body.replaceChildren(...state.indicators.map((ind, i) => {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.textContent = ind.label ?? ind.name;
    if (ind.code) name.append(Object.assign(document.createElement("span"), { className: "code", textContent: ` ${ind.code}` }));
    if (ind.fromPreset) tr.classList.add("from-preset");
    const dir = document.createElement("button");
    dir.className = "dir";
    dir.textContent = ind.direction === "-" ? "−" : "+";
    dir.title = t("direction");
    dir.onclick = () => { ind.direction = ind.direction === "-" ? "+" : "-"; ind.edited = true; renderIndicators(); };
    const weight = Object.assign(document.createElement("input"), { value: ind.weight ?? "", size: 4, placeholder: "=", title: t("weightHint") });
    weight.oninput = () => { ind.weight = weight.value; ind.edited = true; };
    const dim = Object.assign(document.createElement("input"), { value: ind.dimension ?? "", size: 8 });
    dim.oninput = () => { ind.dimension = dim.value; ind.edited = true; };
    for (const el of [dir, weight, dim]) { const td = document.createElement("td"); td.append(el); tr.append(td); }
    tr.prepend(name);
    tr.dataset.index = i;
    return tr;
  }));
  $("indicators").hidden = state.indicators.length === 0;
}

/** The tree the request will carry, as Indicators rows: the workbook's sheet, the preset's tree, or the pane's rows. */
function treeRowsNow() {
  const edited = state.indicators.some((i) => i.edited);
  if (state.workbook?.indicators && !edited) return state.workbook.indicators;
  const presetTree = state.catalogue?.presets.find((p) => p.id === $("preset").value)?.tree;
  return presetTree && !edited ? treeRows(presetTree) : indicatorRowsFromPane(state.indicators);
}

/**
 * The AHP matrix editor, shown when the weights are AHP or combined: a node's children against each other, one Saaty
 * judgement per pair above the diagonal (the reciprocal shown below it). It only writes the node's Judgements text;
 * reading it, the weights and the consistency are the server's.
 */
function renderAhp() {
  const method = $("step-weights")?.value;
  const nodes = state.selection || state.workbook || $("preset").value ? judgementNodes(treeRowsNow()) : [];
  $("ahp").hidden = !["ahp", "combined"].includes(method) || nodes.length === 0;
  if ($("ahp").hidden) return;
  const select = $("ahp-node");
  const chosen = nodes.some((n) => n.code === select.value) ? select.value : nodes[0].code;
  select.replaceChildren(...nodes.map((n) => new Option(`${n.code} (${n.children.length})`, n.code)));
  select.value = chosen;
  select.onchange = () => renderAhp();
  const kids = nodes.find((n) => n.code === chosen).children;
  const cells = (state.cells[chosen] ??= kids.map((_, i) => kids.map((_, j) => (j > i ? "1" : ""))));
  const head = document.createElement("tr");
  head.append(document.createElement("th"), ...kids.map((k) => Object.assign(document.createElement("th"), { textContent: k })));
  const body = kids.map((k, i) => {
    const tr = document.createElement("tr");
    tr.append(Object.assign(document.createElement("th"), { textContent: k }));
    kids.forEach((_, j) => {
      const td = document.createElement("td");
      if (j > i) {
        const s = Object.assign(document.createElement("select"), { id: `ahp-${i}-${j}` });
        s.append(...SAATY.map((v) => new Option(v, v)));
        s.value = cells[i][j];
        s.onchange = () => {
          cells[i][j] = s.value;
          state.judgements[chosen] = judgementText(cells.map((row, r) => row.slice(r + 1)));
          renderAhp();
        };
        td.append(s);
      } else td.textContent = i === j ? "1" : SAATY[SAATY.length - 1 - SAATY.indexOf(cells[j][i])];
      tr.append(td);
    });
    return tr;
  });
  $("ahp-matrix").replaceChildren(head, ...body);
}

/** Shows a message by its string key and arguments, so switching language re-words it. */
function status(key, args = [], kind = "") {
  state.status = [key, args, kind];
  $("status").textContent = key ? t(key, ...args) : "";
  $("status").className = `status ${kind}`;
}

/** Reads the selection's cells and asks the server how it reads them (header, entities, indicators), as it reads a Data sheet. */
async function useSelection() {
  const sel = await readSelection();
  const table = { rows: sel.values, formats: sel.numberFormat, origin: sel.address };
  const answer = await readTable({ table });
  if (!answer.ok) {
    state.selection = null;
    renderActions();
    refused(answer);
    return false;
  }
  const view = answer.body;
  state.selection = { table, view };
  state.indicators = view.indicators.map((name) => ({ name, direction: "+", weight: "", dimension: "" }));
  renderActions();
  if ($("preset").value) await describeIndicators();
  const percent = view.notes.filter((n) => n.includes("(a percentage)")).length;
  state.selectionInfo = [view.entities, view.indicators.length, view.range, percent];
  $("selection-info").textContent = t("selected", ...state.selectionInfo);
  renderIndicators();
  renderAhp();
  status("");
  return true;
}

/** The request: the selection's cells, the workbook's sheet names, the pane's choices, and the Indicators/Recipe/Neighbours cells to use. */
async function buildRequest() {
  const recipe = {};
  const preset = $("preset").value;
  if (preset) recipe.preset = preset;
  if (state.lang === "zh-CN") recipe.language = "zh-CN"; // the sheets in the pane's language: the server writes them
  for (const { id } of choiceSteps()) {
    const method = $(`step-${id}`).value;
    if (!method || (preset && $(`step-${id}`).dataset.preset)) continue; // the preset's own choice: the preset decides it
    const path = id.split("."); // "analyses.coupling" is the field coupling of the recipe's analyses
    let at = recipe;
    for (const key of path.slice(0, -1)) at = at[key] ??= {};
    at[path.at(-1)] = { method, ...paramsOf(id) };
  }
  for (const { id } of flagSteps()) if ($(`step-${id}`).checked) recipe[id] = true;
  const request = { table: state.selection.table, recipe, existingSheets: await sheetNames() };
  if (state.workbook?.recipe) request.recipeSheet = state.workbook.recipe;
  if (state.workbook?.neighbours) request.neighboursSheet = state.workbook.neighbours;
  const edited = state.indicators.some((i) => i.edited);
  if (state.workbook?.indicators && !edited) request.indicatorsSheet = state.workbook.indicators;
  else if ((!preset && !state.workbook?.recipe) || edited) request.indicatorsSheet = indicatorRowsFromPane(state.indicators);
  if (Object.keys(state.judgements).length && ["ahp", "combined"].includes($("step-weights").value))
    request.indicatorsSheet = withJudgements(request.indicatorsSheet || treeRowsNow(), state.judgements);
  return request;
}

/** A request that did not succeed: the server out of reach, or its problem in the status line and the cells listed. */
function refused(answer) {
  if (answer.network) status("network", [location.origin], "error");
  else { status("server", [answer.status, answer.problem.title || ""], "error"); showProblems(answer.problem); }
}

function showProblems(problem) {
  const list = $("problems");
  const items = (problem.problems || []).map((p) => {
    const li = document.createElement("li");
    const cell = p.cell;
    if (cell) {
      const a = Object.assign(document.createElement("a"), { href: "#", textContent: `${t("goTo")} ${cell}`, className: "goto" });
      a.onclick = (e) => { e.preventDefault(); goToCell(cell); };
      li.append(a, " ");
    }
    li.append(p.message);
    return li;
  });
  list.replaceChildren(...items);
  $("problems-box").hidden = items.length === 0;
}

async function onCompute() {
  $("problems-box").hidden = true;
  if (!state.selection && !(await useSelection())) return;
  state.busy = true;
  renderActions();
  $("progress").hidden = false;
  status("computing");
  try {
    const request = await buildRequest();
    if ($("replace").checked) request.earlierResults = await sheetTops(); // the server names the sheets to replace
    const answer = await compute(request);
    if (!answer.ok) {
      refused(answer);
      return;
    }
    state.last = answer.body;
    const written = await Excel.run((context) => writeSheetPlans(context, answer.body.sheets, { replaces: answer.body.replaces || [] }));
    const first = answer.body.sheets[0].rows[0];
    status("result", [written.names, first[0], Number(first[answer.body.sheets[0].chart?.valueColumns?.[0] ?? 1]).toFixed(2)], "ok");
  } catch (e) {
    status("failed", [String(e.message || e)], "error");
  } finally {
    state.busy = false;
    renderActions();
    $("progress").hidden = true;
  }
}

/** "Check robustness": the statistical audit and 1,000 Monte Carlo runs on the server, with progress; cancellable. */
async function onCheck() {
  $("problems-box").hidden = true;
  if (!state.selection && !(await useSelection())) return;
  state.busy = true;
  renderActions();
  const bar = $("check-progress");
  try {
    const started = await startCheck({ ...(await buildRequest()), check: {} }); // the server's defaults: 1,000 runs, ±25 %, seed 1
    if (!started.ok) {
      refused(started);
      return;
    }
    const id = started.body.id;
    state.check = id;
    $("cancel").hidden = false;
    $("cancel").onclick = () => cancelCheck(id);
    bar.hidden = false;
    let view;
    for (;;) {
      view = await pollCheck(id);
      bar.value = view.runs ? view.done / view.runs : 0;
      if (view.status !== "running") break;
      status("checking", [view.done, view.runs]);
      await new Promise((r) => setTimeout(r, 300));
    }
    if (view.status === "done") {
      const written = await Excel.run((context) => writeSheetPlans(context, view.sheets));
      status("checked", [written.names], "ok");
    } else if (view.status === "cancelled") status("checkCancelled", [], "error");
    else { status("server", [422, ""], "error"); showProblems({ problems: view.problems || [] }); }
  } catch (e) {
    status("failed", [String(e.message || e)], "error");
  } finally {
    state.busy = false;
    renderActions();
    $("cancel").hidden = true;
    bar.hidden = true;
  }
}

async function onSave() {
  if (!state.selection && !(await useSelection())) return;
  const request = await buildRequest();
  const presetTree = state.catalogue.presets.find((p) => p.id === request.recipe.preset)?.tree;
  const indicators = request.indicatorsSheet || (presetTree ? treeRows(presetTree) : indicatorRowsFromPane(state.indicators));
  const saved = await saveSetup(indicators, recipeRows(request.recipe));
  status(saved ? "recipeSaved" : "recipeExists", [], saved ? "ok" : "error");
}

async function prefill() {
  const setup = await readWorkbookSetup();
  if (!setup) return;
  state.workbook = setup; // their cells, sent as they are: the server reads them as it reads an uploaded workbook
  status("prefilled");
}

/** The ribbon's commands (manifest ExecuteFunction), run in this shared runtime: what the pane's buttons do. */
export const COMMANDS = {
  compute: () => onCompute(),
  rerunFromRecipe: async () => { await prefill(); return onCompute(); },
  checkRobustness: () => onCheck(),
};

function registerCommands() {
  if (typeof Office === "undefined" || !Office.actions) return;
  for (const [name, run] of Object.entries(COMMANDS))
    Office.actions.associate(name, (event) => Promise.resolve(run()).catch(() => {}).finally(() => event.completed()));
}

async function start(displayLanguage) {
  const forced = new URLSearchParams(location.search).get("lang");
  state.lang = forced ? languageOf(forced) : languageOf(displayLanguage);
  $("lang").onclick = () => { state.lang = state.lang === "en" ? "zh-CN" : "en"; renderTexts(); };
  $("use-selection").onclick = () => useSelection();
  $("compute").onclick = () => onCompute();
  $("save-recipe").onclick = () => onSave();
  $("check").onclick = () => onCheck();
  $("preset").onchange = () => applyPreset();
  state.fit = initFit({ t, status, refused, lang: () => state.lang, workbook: () => state.workbook, busy: () => state.busy });
  renderTexts();
  registerCommands();
  state.catalogue = await fetchMethods();
  renderMethodControls();
  renderActions();
  if (typeof Excel !== "undefined") await prefill().catch(() => {});
  state.fit.render();
  document.body.dataset.ready = "true";
}

if (typeof Office === "undefined") {
  document.body.classList.add("no-office");
  start(navigator.language);
} else {
  Office.onReady(() => start(Office.context?.displayLanguage));
}
