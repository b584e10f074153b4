// The server's JSON API, same origin as the pane. Errors come back as RFC 9457 problems.

export async function fetchMethods() {
  const r = await fetch("/api/v1/methods");
  if (!r.ok) throw new Error(`methods: ${r.status}`);
  return r.json();
}

/**
 * POSTs JSON and sorts the answer into success or problem.
 * @returns {{ok: true, body} | {ok: false, status, problem} | {ok: false, network: true}}
 */
async function postJson(path, request, succeeded) {
  let r;
  try {
    r = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
  } catch (e) {
    return { ok: false, network: true };
  }
  const body = await r.json().catch(() => ({ title: r.statusText }));
  return succeeded(r) ? { ok: true, body } : { ok: false, status: r.status, problem: body };
}

/** How the server reads a selection: {range, entities, indicators, groups, years, notes} or the problems with their cells. */
export function readTable(request) {
  return postJson("/api/v1/table", request, (r) => r.ok);
}

export function compute(request) {
  return postJson("/api/v1/compute?include=sheets", request, (r) => r.ok); // the pane writes the sheets only
}

/** Starts a robustness check (audit + uncertainty analysis); answers {id, runs} or a problem. */
export function startCheck(request) {
  return postJson("/api/v1/audit", request, (r) => r.status === 202);
}

export async function pollCheck(id) {
  return (await fetch(`/api/v1/audit/${id}`)).json();
}

export async function cancelCheck(id) {
  await fetch(`/api/v1/audit/${id}`, { method: "DELETE" });
}

/** A published table's number columns and the defaults to offer: {columns, names, parent, children}. */
export function fitColumns(request) {
  return postJson("/api/v1/fit/columns", request, (r) => r.ok);
}

/** Fits a published index: {nodes: [{verdict, …}], skipped, recipe, sheets} or a problem. */
export function fit(request) {
  return postJson("/api/v1/fit", request, (r) => r.ok);
}
