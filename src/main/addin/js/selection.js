// Reading a worksheet selection into the table IndexKit's API expects. Pure: no Office.js here,
// so it is tested in node. The server does the maths and names bad cells from `origin`.

const GROUP_HEADERS = new Set(["group", "league", "组别", "分组"]);
const YEAR_HEADERS = new Set(["year", "年份", "年度"]);

/** 0 → "A", 26 → "AA". */
export function columnLetters(col) {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "Sheet1!B2:F9" or "'My data'!B2" → { sheet, row, col } of the top-left cell (0-based). */
export function parseAddress(address) {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address || "");
  if (!m) throw new Error(`not a cell address: ${address}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] || "";
  let col = 0;
  for (const ch of m[3].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(m[4]) - 1, col: col - 1 };
}

/** "Sheet1!B2", quoting the sheet as Excel does. */
export function cellAddress(sheet, row, col) {
  const cell = columnLetters(col) + (row + 1);
  if (!sheet) return cell;
  return (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`) + "!" + cell;
}

const isBlank = (v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const isNumberLike = (v) => typeof v === "number" || (typeof v === "string" && /^\s*[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/.test(v));

/**
 * The selection's values (rows × columns, as Office.js returns them: numbers, strings, "" for
 * empty) → { table, indicatorColumns } or { error }. The first row is the header when its cells
 * (after the first) are mostly text; the entity column is the leftmost whose data cells are
 * mostly text; Group and Year columns are found by header; every column to the right of the
 * entity column is an indicator.
 */
export function parseSelection({ address, values, numberFormat }) {
  if (!values || values.length < 2) return { error: "selectTwoRows" };
  let rows = values.map((r) => r.slice());
  while (rows.length > 1 && rows[rows.length - 1].every(isBlank)) rows.pop();
  const width = rows[0].length;
  const header = rows[0];
  const textHeaders = header.filter((v) => !isBlank(v) && !isNumberLike(v)).length;
  if (textHeaders < Math.max(1, Math.ceil((width - 1) / 2))) return { error: "noHeader" };
  const data = rows.slice(1);
  let entityCol = 0;
  for (let c = 0; c < width; c++) {
    const cells = data.map((r) => r[c]).filter((v) => !isBlank(v));
    if (cells.length > 0 && cells.filter((v) => !isNumberLike(v)).length * 2 > cells.length) { entityCol = c; break; }
  }
  const top = parseAddress(address);
  let groupCol = -1, yearCol = -1;
  const indicatorCols = [];
  for (let c = entityCol + 1; c < width; c++) {
    const h = String(header[c] ?? "").trim();
    const key = h.toLowerCase();
    if (groupCol < 0 && GROUP_HEADERS.has(key)) groupCol = c;
    else if (yearCol < 0 && YEAR_HEADERS.has(key)) yearCol = c;
    else if (h !== "" || data.some((r) => !isBlank(r[c]))) indicatorCols.push(c);
  }
  if (indicatorCols.length === 0) return { error: "noIndicators" };
  // Indicator columns must be contiguous right of the entity column for addresses to be exact;
  // Group/Year columns placed among them are taken out and the rest sent in sheet order.
  const table = {
    entities: data.map((r) => (isBlank(r[entityCol]) ? "" : String(r[entityCol]))),
    indicators: indicatorCols.map((c) => String(header[c] ?? "").trim()),
    values: data.map((r) => indicatorCols.map((c) => (isBlank(r[c]) ? null : r[c]))),
    origin: cellAddress(top.sheet, top.row, top.col + entityCol),
  };
  if (groupCol >= 0) table.groups = data.map((r) => (isBlank(r[groupCol]) ? "" : String(r[groupCol])));
  if (yearCol >= 0) table.years = data.map((r) => Number(r[yearCol]));
  const contiguous = indicatorCols.every((c, i) => c === entityCol + 1 + i);
  // Excel stores 12% as 0.12; say which indicators were shown as percentages, since that is what is used.
  const percent = !numberFormat ? [] : indicatorCols.filter((c) => numberFormat.slice(1).some((r) => /%/.test(String(r[c] ?? "").replace(/"[^"]*"/g, ""))))
    .map((c) => String(header[c] ?? "").trim());
  return { table, indicatorColumns: indicatorCols.map((c) => top.col + c), contiguous, sheet: top.sheet, percent };
}

/**
 * Maps a problem's cell from the table's layout (indicators right after the entity column) back to
 * the selection's real columns when Group/Year columns sat among the indicators.
 */
export function realCell(problemCell, parsed) {
  if (!problemCell || parsed.contiguous) return problemCell;
  const at = parseAddress(problemCell);
  const origin = parseAddress(parsed.table.origin);
  const k = at.col - origin.col - 1;
  if (k < 0 || k >= parsed.indicatorColumns.length) return problemCell;
  return cellAddress(at.sheet, at.row, parsed.indicatorColumns[k]);
}
