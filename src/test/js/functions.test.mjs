import { test } from "node:test";
import assert from "node:assert/strict";
import { registerFunctions, callFunction } from "../../main/addin/js/functions.js";

/** A fake of Excel's CustomFunctions registry: associate records the functions; Error carries a code and a message. */
function fakeRegistry() {
  class CfError extends Error { constructor(code, message) { super(message); this.code = code; } }
  return { functions: new Map(), associate(id, f) { this.functions.set(id, f); }, Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
}

const METADATA = { functions: [
  { id: "AHP", parameters: [{ name: "matrix" }, { name: "method", optional: true }] },
  { id: "TOPSIS", parameters: [{ name: "data" }, { name: "weights", optional: true }, { name: "directions", optional: true }] },
] };

/** A fake server: the metadata, and the calls it received, answering each with `answer(id, body)`. */
function fakeFetch(answer) {
  const calls = [];
  const f = async (url, init) => {
    if (url.endsWith("/functions.json")) return { ok: true, json: async () => METADATA };
    const id = url.split("/").pop(), body = JSON.parse(init.body);
    calls.push({ id, body, method: init.method });
    const [status, json] = answer(id, body);
    return { ok: status === 200, status, json: async () => json };
  };
  f.calls = calls;
  return f;
}

test("every function of the server's metadata is associated; a call forwards its arguments and the ranges' addresses", async () => {
  const registry = fakeRegistry();
  const fetchImpl = fakeFetch(() => [200, { result: [[0.643], [0.268]] }]);
  const ids = await registerFunctions(registry, { fetchImpl, base: "https://localhost:8443" });
  assert.deepEqual(ids, ["AHP", "TOPSIS"]);
  assert.deepEqual([...registry.functions.keys()], ["AHP", "TOPSIS"]);
  const result = await registry.functions.get("TOPSIS")([[1, 2], [3, 4]], [[0.5, 0.5]], null, { parameterAddresses: ["Sheet1!B2:C3", "Sheet1!B5:C5", null] });
  assert.deepEqual(result, [[0.643], [0.268]]);
  assert.deepEqual(fetchImpl.calls[0], { id: "TOPSIS", method: "POST",
    body: { args: [[[1, 2], [3, 4]], [[0.5, 0.5]], null], addresses: ["Sheet1!B2:C3", "Sheet1!B5:C5", null] } });
});

test("an omitted optional argument is sent as null; the invocation is not an argument", async () => {
  const registry = fakeRegistry();
  const fetchImpl = fakeFetch(() => [200, { result: [["w1", 0.6], ["w2", 0.4]] }]);
  await registerFunctions(registry, { fetchImpl });
  await registry.functions.get("AHP")([[1, "3/2"], ["2/3", 1]], undefined, { parameterAddresses: ["A1:B2", null] });
  assert.deepEqual(fetchImpl.calls[0].body.args, [[[1, "3/2"], ["2/3", 1]], null]);
});

test("the server's problem becomes #VALUE! with its cell and message; no server is #N/A", async () => {
  const registry = fakeRegistry();
  const fetchImpl = fakeFetch(() => [422, { title: "The data cannot be scored as given",
    problems: [{ cell: "Sheet1!C3", message: "INDEXKIT.TOPSIS data: \"12,3\" is not a number" }] }]);
  await assert.rejects(callFunction("TOPSIS", [[[1, "12,3"]]], null, { registry, fetchImpl }),
    (e) => e.code === "#VALUE!" && e.message === "Sheet1!C3: INDEXKIT.TOPSIS data: \"12,3\" is not a number");
  const down = async () => { throw new TypeError("Failed to fetch"); };
  await assert.rejects(callFunction("AHP", [[[1]]], null, { registry, fetchImpl: down, base: "https://localhost:8443" }),
    (e) => e.code === "#N/A" && e.message.includes("https://localhost:8443"));
});
