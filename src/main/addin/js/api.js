// The server's JSON API, same origin as the pane. Errors come back as RFC 9457 problems.

export async function fetchMethods() {
  const r = await fetch("/api/v1/methods");
  if (!r.ok) throw new Error(`methods: ${r.status}`);
  return r.json();
}

/** @returns {{ok: true, body} | {ok: false, status, problem} | {ok: false, network: true}} */
export async function compute(request) {
  let r;
  try {
    r = await fetch("/api/v1/compute", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
  } catch (e) {
    return { ok: false, network: true };
  }
  const body = await r.json().catch(() => ({ title: r.statusText }));
  return r.ok ? { ok: true, body } : { ok: false, status: r.status, problem: body };
}

/** Starts a robustness check (audit + uncertainty analysis); answers {id, runs} or a problem. */
export async function startCheck(request) {
  let r;
  try {
    r = await fetch("/api/v1/audit", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
  } catch (e) {
    return { ok: false, network: true };
  }
  const body = await r.json().catch(() => ({ title: r.statusText }));
  return r.status === 202 ? { ok: true, body } : { ok: false, status: r.status, problem: body };
}

export async function pollCheck(id) {
  return (await fetch(`/api/v1/audit/${id}`)).json();
}

export async function cancelCheck(id) {
  await fetch(`/api/v1/audit/${id}`, { method: "DELETE" });
}
