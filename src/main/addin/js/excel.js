// Everything the pane asks of Excel, each in one Excel.run with as few syncs as possible. The pane reads
// cells and writes SheetPlans; what the cells mean is the server's to decide.

/** The selected range's address, values and number formats (one sync). */
export async function readSelection() {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,values,numberFormat");
    await context.sync();
    return { address: range.address, values: range.values, numberFormat: range.numberFormat };
  });
}

/** The workbook's sheet names, so the server names result sheets that are not taken (one sync). */
export async function sheetNames() {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/**
 * Each sheet's first rows (A1:B3), for the server to recognise IndexKit's earlier results by their Provenance; the pane
 * only reads them, the server decides which sheets they are.
 */
export async function sheetTops() {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const ranges = sheets.items.map((s) => [s.name, s.getRange("A1:B3").load("values")]);
    await context.sync();
    return Object.fromEntries(ranges.map(([name, r]) => [name, r.values]));
  });
}

/** Selects a cell the server named, such as "Sheet1!C4" or "'My data'!C4", and shows its sheet. */
export async function goToCell(address) {
  const bang = address.lastIndexOf("!");
  const quoted = bang > 0 ? address.slice(0, bang) : "";
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  await Excel.run(async (context) => {
    const ws = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
    ws.activate();
    ws.getRange(address.slice(bang + 1).replace(/\$/g, "")).select();
    await context.sync();
  });
}

/** The workbook's Indicators, Recipe and Neighbours sheets as their cells, when it has any (two syncs). */
export async function readWorkbookSetup() {
  return Excel.run(async (context) => {
    const sheets = { indicators: "Indicators", recipe: "Recipe", neighbours: "Neighbours" };
    const found = Object.entries(sheets).map(([key, name]) => [key, context.workbook.worksheets.getItemOrNullObject(name)]);
    for (const [, ws] of found) ws.load("isNullObject");
    await context.sync();
    const ranges = {};
    for (const [key, ws] of found) {
      if (ws.isNullObject) continue;
      ranges[key] = ws.getUsedRange();
      ranges[key].load("values");
    }
    if (Object.keys(ranges).length === 0) return null;
    await context.sync();
    return Object.fromEntries(Object.entries(ranges).map(([key, range]) => [key, range.values]));
  });
}

/** Writes Indicators and Recipe sheets; refuses (returns false) when either exists already. */
export async function saveSetup(indicatorRows, recipeRows) {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ind = sheets.getItemOrNullObject("Indicators");
    const rec = sheets.getItemOrNullObject("Recipe");
    ind.load("isNullObject");
    rec.load("isNullObject");
    await context.sync();
    if (!ind.isNullObject || !rec.isNullObject) return false;
    for (const [name, rows] of [["Indicators", indicatorRows], ["Recipe", recipeRows]]) {
      const ws = sheets.add(name);
      const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
      range.numberFormat = rows.map((r) => r.map(() => "@"));
      range.values = rows;
      ws.getRangeByIndexes(0, 0, 1, rows[0].length).format.font.bold = true;
    }
    await context.sync();
    return true;
  });
}
