// Just enough of an .xlsx reader for tests: the zip's parts (central directory, stored or deflated), and per sheet its
// cells (value, formula, number format, fill), merged cells, frozen panes, outline levels, tables, conditional formats,
// print titles and its chart's series references. Read with regular expressions: the parts are IndexKit's and POI's.
import { inflateRawSync } from "node:zlib";

/** The zip's entries, name → Buffer. */
export function unzip(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip file");
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const parts = new Map();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10), size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28), extra = buffer.readUInt16LE(at + 30), comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(data, data + size);
    parts.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&amp;/g, "&");
const attr = (tag, name) => { const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag); return m ? unescape(m[1]) : null; };
const texts = (xml) => [...xml.matchAll(/<(?:a:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:a:)?t>|<t\/>/g)].map((m) => unescape(m[1] ?? "")).join("");
const BUILTIN = { 0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 49: "@" };
const column = (letters) => [...letters].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Resolves a relationship target against the part that holds it. */
function resolve(from, target) {
  if (target.startsWith("/")) return target.slice(1);
  const dir = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") dir.pop();
    else if (seg !== ".") dir.push(seg);
  }
  return dir.join("/");
}

function rels(parts, part) {
  const name = resolve(part, "_rels/" + part.split("/").pop() + ".rels");
  const xml = parts.get(name)?.toString("utf8") ?? "";
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({ id: attr(m[0], "Id"), type: attr(m[0], "Type"), target: resolve(part, attr(m[0], "Target")) }));
}

/** The workbook: its sheets in order, each read in full. */
export function readXlsx(buffer) {
  const parts = unzip(buffer);
  const text = (p) => parts.get(p)?.toString("utf8") ?? "";
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
  const styles = text("xl/styles.xml");
  const formats = Object.fromEntries([...styles.matchAll(/<numFmt\b[^>]*>/g)].map((m) => [attr(m[0], "numFmtId"), attr(m[0], "formatCode")]));
  const fills = [...(/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "").matchAll(/<fill>([\s\S]*?)<\/fill>|<fill\/>/g)]
    .map((m) => { const solid = /patternType="solid"/.test(m[1] ?? "") && /<fgColor\b[^>]*rgb="(?:FF)?([0-9A-F]{6})"/i.exec(m[1]); return solid ? "#" + solid[1].toUpperCase() : null; });
  const xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = attr(m[0], "numFmtId") ?? "0";
    return { format: formats[id] ?? BUILTIN[id] ?? "General", fill: fills[Number(attr(m[0], "fillId") ?? 0)] ?? null };
  });
  const workbook = text("xl/workbook.xml");
  const wbRels = rels(parts, "xl/workbook.xml");
  const titles = Object.fromEntries([...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .filter((m) => attr(m[1], "name") === "_xlnm.Print_Titles").map((m) => [Number(attr(m[1], "localSheetId")), unescape(m[2])]));
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m, index) => {
    const part = wbRels.find((r) => r.id === attr(m[0], "r:id")).target;
    return { name: attr(m[0], "name"), printTitles: titles[index] ?? null, ...readSheet(parts, part, shared, xfs) };
  });
}

function readSheet(parts, part, shared, xfs) {
  const xml = parts.get(part).toString("utf8");
  const cells = new Map(); // "r,c" → {value, formula, format, fill}
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, letters, row] = /r="([A-Z]+)(\d+)"/.exec(m[1]);
    const type = attr(m[1], "t"), style = xfs[Number(attr(m[1], "s") ?? 0)] ?? xfs[0];
    const inner = m[2] ?? "", v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1], f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
    const value = type === "s" ? shared[Number(v)] : type === "inlineStr" ? texts(inner) : type === "str" ? unescape(v ?? "")
      : v === undefined ? "" : Number(v);
    cells.set(`${Number(row) - 1},${column(letters)}`, { value, formula: f === undefined ? null : unescape(f), ...style });
  }
  const pane = /<pane\b[^>]*>/.exec(xml)?.[0];
  const outline = {};
  for (const c of xml.matchAll(/<col\b[^>]*>/g)) {
    const level = Number(attr(c[0], "outlineLevel") ?? 0);
    for (let k = Number(attr(c[0], "min")); k <= Number(attr(c[0], "max")); k++) if (level) outline[k - 1] = level;
  }
  const sheetRels = rels(parts, part);
  const tables = sheetRels.filter((r) => r.type.endsWith("/table")).map((r) => {
    const t = parts.get(r.target).toString("utf8");
    return { name: attr(/<table\b[^>]*>/.exec(t)[0], "name"), ref: attr(/<table\b[^>]*>/.exec(t)[0], "ref") };
  });
  const drawing = sheetRels.find((r) => r.type.endsWith("/drawing"));
  let chart = null;
  if (drawing) {
    const d = parts.get(drawing.target).toString("utf8");
    const chartPart = rels(parts, drawing.target).find((r) => r.type.endsWith("/chart")).target;
    const c = parts.get(chartPart).toString("utf8");
    const kind = /<c:(barChart|scatterChart|radarChart|lineChart)>/.exec(c)[1];
    chart = {
      kind, grouping: /<c:grouping val="(\w+)"/.exec(c)?.[1] ?? null, title: texts(/<c:title>([\s\S]*?)<\/c:title>/.exec(c)?.[1] ?? ""),
      from: { col: Number(/<xdr:from><xdr:col>(\d+)/.exec(d)[1]), row: Number(/<xdr:from>[\s\S]*?<xdr:row>(\d+)/.exec(d)[1]) },
      legend: /<c:legend>/.test(c), axisMin: /<c:min val="([^"]+)"/.exec(c) ? Number(/<c:min val="([^"]+)"/.exec(c)[1]) : null,
      series: [...c.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((s) => {
        const ref = (tag) => { const x = new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(s[1]); return x ? unescape(x[1]) : null; };
        return { name: texts(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(s[1])?.[1] ?? "") || unescape(/<c:tx><c:v>([^<]*)/.exec(s[1])?.[1] ?? ""),
          categories: ref("cat") ?? ref("xVal"), values: ref("val") ?? ref("yVal"), noFill: /^<c:idx[^>]*\/><c:order[^>]*\/><c:tx>[\s\S]*?<\/c:tx><c:spPr><a:noFill\/>/.test(s[1]) };
      }),
    };
  }
  return {
    cells, merged: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]),
    frozen: pane ? { rows: Number(attr(pane, "ySplit") ?? 0), columns: Number(attr(pane, "xSplit") ?? 0) } : { rows: 0, columns: 0 },
    outline, tables, chart, landscape: /<pageSetup\b[^>]*orientation="landscape"/.test(xml), fitToWidth: /<pageSetup\b[^>]*fitToWidth="1"/.test(xml),
    conditionalFormats: [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1]),
  };
}
