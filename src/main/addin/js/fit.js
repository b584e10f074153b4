// "Reproduce a published index": the selection is a published table; the server names its number columns and the
// defaults, fits the chosen parent from its children (or every node of the workbook's Indicators sheet) and answers the
// verdicts and the sheets. The pane only shows the choices and writes what comes back.
import { writeSheetPlans } from "./render.js";
import { readSelection, sheetNames } from "./excel.js";
import { fitColumns, fit } from "./api.js";

/**
 * Wires the Fit section. {@code pane} gives what the rest of the pane owns: the words (t), the status line, the report of a
 * refused request (the status and the problems list), the language and the workbook's setup sheets (their Indicators cells, for a whole tree).
 */
export function initFit(pane) {
  const $ = (id) => document.getElementById(id);
  const state = { table: null, columns: null };

  function render() {
    const c = state.columns;
    $("fit-choices").hidden = !c;
    $("fit-tree-field").hidden = !pane.workbook()?.indicators;
    if (!c) return;
    const parent = $("fit-parent");
    const chosen = parent.value || c.parent;
    parent.replaceChildren(...c.columns.map((name) => new Option(name, name)));
    parent.value = chosen;
    const kept = new Set([...document.querySelectorAll("#fit-children input:checked")].map((i) => i.value));
    const start = kept.size ? kept : new Set(c.children);
    $("fit-children").replaceChildren(...c.columns.filter((name) => name !== parent.value).map((name) => {
      const label = Object.assign(document.createElement("label"), { className: "field flag" });
      label.append(Object.assign(document.createElement("input"), { type: "checkbox", value: name, checked: start.has(name) }), ` ${name}`);
      return label;
    }));
    $("fit-names").textContent = pane.t("fitNames", c.names);
    $("fit").disabled = pane.busy();
  }

  /** Reads the selection and asks the server which columns it may fit. */
  async function read() {
    const sel = await readSelection();
    state.table = { rows: sel.values, formats: sel.numberFormat, origin: sel.address };
    const answer = await fitColumns({ table: state.table });
    if (!answer.ok) { pane.refused(answer); return false; }
    state.columns = answer.body;
    render();
    return true;
  }

  async function onFit() {
    $("problems-box").hidden = true;
    if (!state.columns && !(await read())) return;
    const request = { table: state.table, entity: state.columns.names, existingSheets: await sheetNames() };
    if (pane.lang() === "zh-CN") request.language = "zh-CN";
    if ($("fit-tree").checked && pane.workbook()?.indicators) request.indicatorsSheet = pane.workbook().indicators;
    else {
      request.parent = $("fit-parent").value;
      request.children = [...document.querySelectorAll("#fit-children input:checked")].map((i) => i.value);
      const printed = $("fit-printed").value.trim();
      if (printed) request.printed = printed.split(/[,，\s]+/).filter(Boolean).map(Number);
    }
    pane.status("fitting");
    const answer = await fit(request);
    if (!answer.ok) { pane.refused(answer); return; }
    const written = await Excel.run((context) => writeSheetPlans(context, answer.body.sheets));
    $("fit-verdicts").replaceChildren(...answer.body.nodes.map((n) => Object.assign(document.createElement("li"), { textContent: n.verdict })));
    pane.status("fitted", [written.names], "ok");
  }

  $("fit-read").onclick = () => read();
  $("fit-parent").onchange = () => render();
  $("fit").onclick = async () => {
    $("fit").disabled = true; // one fit at a time
    try { await onFit(); } catch (e) { pane.status("failed", [String(e.message || e)], "error"); } finally { $("fit").disabled = false; }
  };
  return { render };
}
