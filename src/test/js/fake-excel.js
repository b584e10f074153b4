// A faithful-enough fake of the Excel JavaScript API for tests without Excel: queued loads that
// are only readable after context.sync(), worksheets, ranges that store values and number formats
// per cell, the quote-prefix and "@"-format rules that keep text from becoming a formula, and a
// count of sync calls. Works as a classic script in the browser and as a side-effect import in node.
(function (global) {
  const letters = (col) => { let s = ""; for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s; return s; };
  const quote = (name) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const parseCell = (a) => { const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a); let c = 0; for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64; return [Number(m[2]) - 1, c - 1]; };

  class Loadable {
    constructor(ctx) { this._ctx = ctx; this._loaded = new Set(); }
    load(props) {
      const list = typeof props === "string" ? props.split(",").map((p) => p.trim().split("/")[0]) : Object.keys(props || {});
      this._ctx._pending.push(() => list.forEach((p) => this._loaded.add(p)));
      return this;
    }
    _need(p) { if (!this._loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p} (call load("${p}") and context.sync() first)`); }
  }

  class Sheet {
    constructor(workbook, name) { this.workbook = workbook; this.name = name; this.cells = new Map(); this.frozenRows = 0; this.autoFilter = null; this.charts = []; this.conditionalFormats = []; this.columnWidths = {}; this.groups = []; }
    cell(r, c) { const k = `${r},${c}`; if (!this.cells.has(k)) this.cells.set(k, { value: "", format: "General", fill: null, bold: false }); return this.cells.get(k); }
    has(r, c) { return this.cells.has(`${r},${c}`); }
    used() { let rows = 0, cols = 0; for (const [k, v] of this.cells) if (v.value !== "") { const [r, c] = k.split(",").map(Number); rows = Math.max(rows, r + 1); cols = Math.max(cols, c + 1); } return { rows, cols }; }
    /** The values as a matrix, for assertions. */
    matrix() { const { rows, cols } = this.used(); return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (this.has(r, c) ? this.cell(r, c).value : ""))); }
  }

  class Range extends Loadable {
    constructor(ctx, sheet, r, c, rows, cols) {
      super(ctx);
      Object.assign(this, { _sheet: sheet, _r: r, _c: c, _rows: rows, _cols: cols });
      const range = this;
      this.format = {
        font: { set bold(v) { range._each((x) => { x.bold = v; }); } },
        fill: { set color(v) { range._each((x) => { x.fill = v; }); } },
        set columnWidth(v) { for (let c2 = 0; c2 < cols; c2++) sheet.columnWidths[c + c2] = v; },
        autofitColumns() {},
      };
      this.conditionalFormats = { add: (type) => { const cf = { type, range: this.address, colorScale: {} }; sheet.conditionalFormats.push(cf); return cf; } };
    }
    merge(across) { if (across) throw new Error("InvalidArgument: the band merges whole runs"); this._sheet.merged = [...(this._sheet.merged || []), this.address]; }
    getEntireColumn() { const r = new Range(this._ctx, this._sheet, 0, this._c, 1048576, this._cols); r._entireColumn = true; return r; }
    group(by) {
      if (!this._entireColumn || by !== "ByColumns") throw new Error("InvalidArgument: only whole columns are grouped here");
      this._sheet.groups.push(`${letters(this._c)}:${letters(this._c + this._cols - 1)}`);
    }
    _each(f) { for (let i = 0; i < this._rows; i++) for (let j = 0; j < this._cols; j++) f(this._sheet.cell(this._r + i, this._c + j)); }
    get address() {
      const a = letters(this._c) + (this._r + 1), b = letters(this._c + this._cols - 1) + (this._r + this._rows);
      return `${quote(this._sheet.name)}!${a === b ? a : a + ":" + b}`;
    }
    get values() { this._need("values"); return Array.from({ length: this._rows }, (_, i) => Array.from({ length: this._cols }, (_, j) => this._sheet.cell(this._r + i, this._c + j).value)); }
    set values(m) {
      this._check(m);
      m.forEach((row, i) => row.forEach((v, j) => {
        const x = this._sheet.cell(this._r + i, this._c + j);
        if (typeof v === "string" && v.startsWith("'")) { x.value = v.slice(1); x.quotePrefix = true; x.formula = null; }
        else if (typeof v === "string" && /^[=+\-@]/.test(v) && v.length > 1 && x.format !== "@") { x.formula = v; x.value = "#FORMULA"; }
        else { x.value = v; x.formula = null; }
      }));
      this._ctx._bytes += JSON.stringify(m).length;
    }
    /** As Excel takes them: "=…" a formula (its value is Excel's to compute), "'…" text, anything else a constant. */
    set formulas(m) {
      this._check(m);
      m.forEach((row, i) => row.forEach((v, j) => {
        const x = this._sheet.cell(this._r + i, this._c + j);
        if (typeof v === "string" && v.startsWith("'")) { x.value = v.slice(1); x.quotePrefix = true; x.formula = null; }
        else if (typeof v === "string" && v.startsWith("=") && x.format !== "@") { x.formula = v; x.value = "#FORMULA"; }
        else { x.value = v; x.formula = null; }
      }));
      this._ctx._bytes += JSON.stringify(m).length;
    }
    get numberFormat() { this._need("numberFormat"); return Array.from({ length: this._rows }, (_, i) => Array.from({ length: this._cols }, (_, j) => this._sheet.cell(this._r + i, this._c + j).format)); }
    set numberFormat(m) { this._check(m); m.forEach((row, i) => row.forEach((f, j) => { this._sheet.cell(this._r + i, this._c + j).format = f; })); this._ctx._bytes += JSON.stringify(m).length; }
    get rowCount() { return this._rows; }
    get columnCount() { return this._cols; }
    _check(m) { if (m.length !== this._rows || m.some((r) => r.length !== this._cols)) throw new Error(`InvalidArgument: ${m.length}×${m[0]?.length} values for a ${this._rows}×${this._cols} range`); }
    select() { this._sheet.workbook.selection = { sheet: this._sheet.name, r: this._r, c: this._c, rows: this._rows, cols: this._cols }; this._sheet.workbook.active = this._sheet; }
  }

  class Worksheet extends Loadable {
    constructor(ctx, sheet) {
      super(ctx);
      this._s = sheet;
      this.freezePanes = { freezeRows: (n) => { sheet.frozenRows = n; },
        freezeAt: (range) => { sheet.frozenRows = range._rows; sheet.frozenColumns = range._cols; } };
      this.pageLayout = sheet.pageLayout = { orientation: "Portrait", zoom: { scale: 100 },
        setPrintTitleRows(a) { this.titleRows = a; }, setPrintTitleColumns(a) { this.titleColumns = a; } };
      this.autoFilter = { apply: (range) => {
        if (sheet.workbook.tables.some((t) => t.sheet === sheet.name)) throw new Error("InvalidOperation: a table has its own filter");
        sheet.autoFilter = range.address;
      } };
      // Excel names a new table Table1, Table2 …; a name is unique in the workbook (case-insensitive)
      this.tables = { add: (range, hasHeaders) => {
        const wb = sheet.workbook;
        const t = { sheet: sheet.name, address: range.address, hasHeaders, style: null, _name: `Table${wb.tables.length + 1}`,
          get name() { return this._name; },
          set name(v) {
            if (wb.tables.some((o) => o !== this && o._name.toLowerCase() === v.toLowerCase())) throw new Error(`InvalidArgument: the table name ${v} is taken`);
            this._name = v;
          } };
        wb.tables.push(t);
        return t;
      } };
      // a chart records its series: name, values and x-axis values (categories) as addresses
      const series = (values) => ({ values, dataLabels: {}, format: { line: {}, fill: { clear() { this.cleared = true; } } }, setValues(r) { this.values = r.address; },
        setXAxisValues(r) { this.x = r.address; } });
      this.charts = { add: (type, range, seriesBy) => {
        const list = [series(range.address)];
        const chart = { type, seriesBy, source: range.address, title: {}, legend: {}, axes: { categoryAxis: {}, valueAxis: {} },
          setPosition(r) { this.position = r.address; },
          get categories() { return list[0].x; }, seriesList: list,
          series: { getItemAt: (i) => list[i], add: (name) => { const s = series(null); s.name = name; list.push(s); return s; } } };
        sheet.charts.push(chart);
        return chart;
      } };
    }
    get name() { return this._s.name; }
    get isNullObject() { this._need("isNullObject"); return false; }
    getRangeByIndexes(r, c, rows, cols) { return new Range(this._ctx, this._s, r, c, rows, cols); }
    getRange(a) { const [from, to] = a.split(":"); const [r1, c1] = parseCell(from); const [r2, c2] = to ? parseCell(to) : [r1, c1]; return new Range(this._ctx, this._s, r1, c1, r2 - r1 + 1, c2 - c1 + 1); }
    getUsedRange() { const { rows, cols } = this._s.used(); return new Range(this._ctx, this._s, 0, 0, Math.max(rows, 1), Math.max(cols, 1)); }
    activate() { this._s.workbook.active = this._s; }
    delete() {
      const wb = this._s.workbook;
      if (wb.sheets.length === 1) throw new Error("InvalidOperation: a workbook keeps one sheet");
      wb.sheets = wb.sheets.filter((s) => s !== this._s);
      wb.tables = wb.tables.filter((t) => t.sheet !== this._s.name);
      if (wb.active === this._s) wb.active = wb.sheets[0];
    }
  }

  class NullSheet extends Loadable { get isNullObject() { this._need("isNullObject"); return true; } }

  class Workbook {
    constructor() { this.sheets = []; this.tables = []; this.active = null; this.selection = null; }
    table(name) { return this.tables.find((t) => t.name === name); }
    addSheet(name, matrix = [], formats = null) {
      if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      const s = new Sheet(this, name);
      matrix.forEach((row, r) => row.forEach((v, c) => { if (v !== "" && v !== null && v !== undefined) { const x = s.cell(r, c); x.value = v; if (formats) x.format = formats[r][c]; } }));
      this.sheets.push(s);
      this.active = this.active || s;
      return s;
    }
    sheet(name) { return this.sheets.find((s) => s.name === name); }
    select(sheet, r, c, rows, cols) { this.selection = { sheet, r, c, rows, cols }; this.active = this.sheet(sheet); }
    selectedAddress() { const x = this.selection; const a = letters(x.c) + (x.r + 1); const b = letters(x.c + x.cols - 1) + (x.r + x.rows); return `${quote(x.sheet)}!${a === b ? a : a + ":" + b}`; }
  }

  class RequestContext {
    constructor(workbook, counter) {
      this._wb = workbook; this._pending = []; this._bytes = 0; this._counter = counter;
      const ctx = this;
      const collection = new (class extends Loadable {
        get items() { this._need("items"); return workbook.sheets.map((s) => new Worksheet(ctx, s)); }
        add(name) { return new Worksheet(ctx, workbook.addSheet(name)); }
        getItem(name) { const s = workbook.sheets.find((x) => x.name === name); if (!s) throw new Error(`ItemNotFound: ${name}`); return new Worksheet(ctx, s); }
        getItemOrNullObject(name) { const s = workbook.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()); return s ? new Worksheet(ctx, s) : new NullSheet(ctx); }
        getActiveWorksheet() { return new Worksheet(ctx, workbook.active); }
      })(ctx);
      this.workbook = {
        worksheets: collection,
        tables: { getItemOrNullObject: (name) => {
          const t = workbook.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
          return new (class extends Loadable { get isNullObject() { this._need("isNullObject"); return !t; } })(ctx);
        } },
        getSelectedRange: () => { const x = workbook.selection; return new Range(ctx, workbook.sheet(x.sheet), x.r, x.c, x.rows, x.cols); },
        application: { suspendScreenUpdatingUntilNextSync() {} },
      };
    }
    async sync() {
      if (this._bytes > 5 * 1024 * 1024) throw new Error(`RequestPayloadSizeLimitExceeded: ${this._bytes} bytes in one request`);
      this._counter.syncs++;
      this._pending.splice(0).forEach((f) => f());
      this._bytes = 0;
    }
  }

  const FakeExcel = {
    workbook: new Workbook(),
    syncs: 0,
    reset() { this.workbook = new Workbook(); this.syncs = 0; return this.workbook; },
    install(target, displayLanguage = "en-US") {
      target.Excel = {
        run: async (callback) => callback(new RequestContext(FakeExcel.workbook, FakeExcel)),
        ConditionalFormatType: { colorScale: "ColorScale" },
        ConditionalFormatColorCriterionType: { lowestValue: "LowestValue", highestValue: "HighestValue", percentile: "Percentile" },
        ChartType: { barClustered: "BarClustered", barStacked: "BarStacked", xyscatter: "XYScatter", xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers",
          radar: "Radar" },
        ChartSeriesBy: { columns: "Columns", rows: "Rows" },
        GroupOption: { byRows: "ByRows", byColumns: "ByColumns" },
        PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
      };
      target.Office = { HostType: { Excel: "Excel" }, context: { displayLanguage }, onReady: (cb) => Promise.resolve(cb && cb({ host: "Excel" })) };
    },
  };
  global.FakeExcel = FakeExcel;
})(globalThis);
