// The Excel custom functions INDEXKIT.SCORE, .WEIGHTS, .TOPSIS, .AHP, .COUPLING, .GRA: each only forwards its
// arguments (and the ranges' addresses, so a bad cell is named) to POST /api/v1/functions/{id}; the server computes and
// answers the spilled array. The functions are the server's (GET /functions.json, the metadata Excel reads too), so
// this file names none of them. A problem comes back as #VALUE! with the server's message; no server as #N/A.

/**
 * One call, as Excel makes it: the arguments, then the invocation (with parameterAddresses when the metadata asks).
 * @returns the result matrix
 */
export async function callFunction(id, args, invocation, { registry, fetchImpl = fetch, base = "" } = {}) {
  const addresses = invocation?.parameterAddresses ?? null;
  let response;
  try {
    response = await fetchImpl(`${base}/api/v1/functions/${encodeURIComponent(id)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ args: args.map((a) => (a === undefined ? null : a)), addresses }),
    });
  } catch (e) {
    throw new registry.Error(registry.ErrorCode.notAvailable, `IndexKit server not reachable at ${base || "this page's origin"}`);
  }
  const body = await response.json().catch(() => ({}));
  if (response.ok) return body.result;
  const problems = (body.problems || []).map((p) => (p.cell ? `${p.cell}: ${p.message}` : p.message));
  throw new registry.Error(registry.ErrorCode.invalidValue, problems.join("; ") || body.detail || body.title || `HTTP ${response.status}`);
}

/**
 * Associates every function the server declares with a forwarder, in the shared runtime's registry (CustomFunctions).
 * @returns the ids associated
 */
export async function registerFunctions(registry, { fetchImpl = fetch, base = "" } = {}) {
  const meta = await (await fetchImpl(`${base}/functions.json`)).json();
  for (const f of meta.functions) {
    registry.associate(f.id, (...args) => {
      const invocation = args.length > f.parameters.length ? args.pop() : null;
      return callFunction(f.id, args, invocation, { registry, fetchImpl, base });
    });
  }
  return meta.functions.map((f) => f.id);
}

if (typeof CustomFunctions !== "undefined") registerFunctions(CustomFunctions).catch((e) => console.error("INDEXKIT functions:", e));
