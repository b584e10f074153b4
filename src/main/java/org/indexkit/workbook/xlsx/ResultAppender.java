package org.indexkit.workbook.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.indexkit.core.TableLayout;
import org.indexkit.sheet.SheetPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the result sheets into a copy of the user's workbook at the package level: every part of
 * the original is carried over unchanged except the four that list sheets and styles (workbook,
 * its relationships, content types, styles — where entries are only appended), and each new sheet
 * is streamed straight to the output. So the user's sheets keep every value, formula and style,
 * and a 50,000-row workbook never has to fit in memory as a POI object model.
 */
public final class ResultAppender {
  private static final String WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
  private static final String DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
  private static final String CHART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
  private static final String STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

  private ResultAppender() {}

  public static void append(Path original, List<SheetPlan> plans, OutputStream out) throws IOException {
    try (ZipFile zip = new ZipFile(original.toFile())) {
      String workbookPath = mainPart(zip);
      String dir = workbookPath.contains("/") ? workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1) : "";
      String relsPath = dir + "_rels/" + workbookPath.substring(dir.length()) + ".rels";
      Document types = Xml.parse(zip.getInputStream(entry(zip, "[Content_Types].xml")));
      Document workbook = Xml.parse(zip.getInputStream(entry(zip, workbookPath)));
      Document rels = Xml.parse(zip.getInputStream(entry(zip, relsPath)));

      String stylesPath = null;
      for (Element r : PackageParts.children(rels.getDocumentElement(), "Relationship"))
        if (STYLES_TYPE.equals(r.getAttribute("Type"))) stylesPath = PackageParts.resolve(dir, r.getAttribute("Target"));
      Document styles;
      if (stylesPath == null || zip.getEntry(stylesPath) == null) {
        stylesPath = dir + "styles.xml";
        styles = Xml.parse(new ByteArrayInputStream(MINIMAL_STYLES.getBytes(StandardCharsets.UTF_8)));
        PackageParts.addRelationship(rels, "rIdIndexKitStyles", STYLES_TYPE, "styles.xml");
        PackageParts.addOverride(types, "/" + stylesPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
      } else {
        styles = Xml.parse(zip.getInputStream(zip.getEntry(stylesPath)));
      }

      StylePalette palette = new StylePalette();
      for (SheetPlan p : plans) needStyles(p, palette);
      palette.appendTo(styles);

      Set<String> taken = new HashSet<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) taken.add(e.nextElement().getName());
      Element sheets = Xml.child(workbook.getDocumentElement(), "sheets");
      int sheetId = 0;
      for (Element s : PackageParts.children(sheets, "sheet")) sheetId = Math.max(sheetId, Integer.parseInt(s.getAttribute("sheetId")));
      int position = PackageParts.children(sheets, "sheet").size();
      TableXml.Taken tables = TableXml.taken(zip, types, workbook);

      Map<String, Writing> parts = new LinkedHashMap<>();
      int n = 0;
      for (SheetPlan plan : plans) {
        do n++; while (taken.contains(dir + "worksheets/indexkit" + n + ".xml"));
        String sheetPart = dir + "worksheets/indexkit" + n + ".xml";
        String relId = "rIdIndexKit" + n;
        PackageParts.addRelationship(rels, relId, WORKSHEET_TYPE, "worksheets/indexkit" + n + ".xml");
        PackageParts.addOverride(types, "/" + sheetPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Element sheet = Xml.create(sheets, "sheet");
        sheet.setAttribute("name", plan.name());
        sheet.setAttribute("sheetId", String.valueOf(++sheetId));
        sheet.setAttributeNS(Xml.REL, "r:id", relId);
        sheets.appendChild(sheet);
        boolean chart = plan.chart() != null && plan.chart().rows() > 0;
        String table = TableXml.fits(plan) ? tables.claim(plan.tableName()) : null;
        if (table == null && !plan.rows().isEmpty()) // a table has its own filter
          definedName(workbook, sheets, position, "_xlnm._FilterDatabase", true,
              SheetXml.absolute(plan.name(), plan.bandRows(), 0, plan.rows().size() + plan.bandRows(), plan.columns().size() - 1));
        String quoted = SheetXml.quoted(plan.name());
        definedName(workbook, sheets, position, "_xlnm.Print_Titles", false, (plan.freezeColumns() > 0 ? quoted + "$A:$A," : "") + quoted + "$1:$" + (1 + plan.bandRows()));
        final int k = n;
        List<String> sheetRels = new java.util.ArrayList<>(); // type, target, …: rId1, rId2 in this order
        if (chart) sheetRels.addAll(List.of(DRAWING_TYPE, "../drawings/indexkit" + k + ".xml"));
        if (table != null) sheetRels.addAll(List.of(TableXml.REL_TYPE, "../tables/indexkit" + k + ".xml"));
        String drawingRel = chart ? "rId1" : null, tableRel = table == null ? null : "rId" + sheetRels.size() / 2;
        parts.put(sheetPart, w -> SheetXml.write(plan, palette, drawingRel, tableRel, w));
        if (!sheetRels.isEmpty())
          parts.put(dir + "worksheets/_rels/indexkit" + k + ".xml.rels", w -> w.write(PackageParts.relsXml(sheetRels.toArray(String[]::new))));
        if (table != null) {
          int id = ++tables.maxId;
          parts.put(dir + "tables/indexkit" + k + ".xml", w -> w.write(TableXml.xml(plan, id, table)));
          PackageParts.addOverride(types, "/" + dir + "tables/indexkit" + k + ".xml", TableXml.CONTENT_TYPE);
        }
        if (chart) {
          String drawing = dir + "drawings/indexkit" + k + ".xml";
          String chartPart = dir + "charts/indexkit" + k + ".xml";
          parts.put(drawing, w -> w.write(ChartXml.drawing(plan)));
          parts.put(dir + "drawings/_rels/indexkit" + k + ".xml.rels", w -> w.write(PackageParts.relsXml(CHART_TYPE, "../charts/indexkit" + k + ".xml")));
          parts.put(chartPart, w -> w.write(ChartXml.chart(plan)));
          PackageParts.addOverride(types, "/" + drawing, "application/vnd.openxmlformats-officedocument.drawing+xml");
          PackageParts.addOverride(types, "/" + chartPart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
        }
        position++;
      }

      if (plans.stream().anyMatch(ResultAppender::hasFormulas)) calculateOnLoad(workbook);
      Map<String, byte[]> changed = Map.of("[Content_Types].xml", Xml.bytes(types), workbookPath, Xml.bytes(workbook),
          relsPath, Xml.bytes(rels), stylesPath, Xml.bytes(styles));
      int threads = Runtime.getRuntime().availableProcessors();
      ExecutorService deflaters = Executors.newFixedThreadPool(threads, daemon());
      try {
        write(original, out, changed, parts, deflaters, threads);
      } finally {
        deflaters.shutdownNow();
      }
    }
  }

  /** The original parts in their order (the four changed ones replaced), then the new parts. */
  private static void write(Path original, OutputStream out, Map<String, byte[]> changed, Map<String, Writing> parts,
                            ExecutorService deflaters, int threads) throws IOException {
    // unchanged parts are copied as their compressed bytes (no inflate/deflate)
    ZipArchiveOutputStream zout = new ZipArchiveOutputStream(new NonClosing(out));
    zout.setLevel(Deflater.BEST_SPEED);
    Set<String> written = new HashSet<>();
    try (var raw = org.apache.commons.compress.archivers.zip.ZipFile.builder().setFile(original.toFile()).get()) {
      for (Enumeration<ZipArchiveEntry> e = raw.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
        ZipArchiveEntry entry = e.nextElement();
        byte[] replacement = changed.get(entry.getName());
        if (replacement != null) put(zout, entry.getName(), replacement);
        else try (InputStream in = raw.getRawInputStream(entry)) {
          ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
          copy.setMethod(entry.getMethod());
          copy.setCrc(entry.getCrc());
          copy.setSize(entry.getSize());
          copy.setCompressedSize(entry.getCompressedSize());
          copy.setTime(entry.getTime());
          zout.addRawArchiveEntry(copy, in);
        }
        written.add(entry.getName());
      }
    }
    for (var c : changed.entrySet())
      if (!written.contains(c.getKey())) put(zout, c.getKey(), c.getValue());
    for (var p : parts.entrySet()) { // each new part is deflated on all cores, then added as a raw entry
      ChunkedDeflater deflater = new ChunkedDeflater(deflaters, threads);
      try (Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(deflater), StandardCharsets.UTF_8), 1 << 16)) {
        p.getValue().to(w);
      }
      Deflated d = deflater.finish();
      ZipArchiveEntry entry = new ZipArchiveEntry(p.getKey());
      entry.setMethod(ZipEntry.DEFLATED);
      entry.setCrc(d.crc());
      entry.setSize(d.size());
      entry.setCompressedSize(d.bytes().length);
      zout.addRawArchiveEntry(entry, new ByteArrayInputStream(d.bytes()));
    }
    zout.finish();
  }

  /** A new part, deflated, with the CRC-32 and size of its uncompressed bytes: ready to add as a raw zip entry. */
  record Deflated(byte[] bytes, long crc, long size) {}

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "indexkit-deflate");
      t.setDaemon(true);
      return t;
    };
  }

  private static void put(ZipArchiveOutputStream zout, String name, byte[] bytes) throws IOException {
    zout.putArchiveEntry(new ZipArchiveEntry(name));
    zout.write(bytes);
    zout.closeArchiveEntry();
  }

  @FunctionalInterface
  interface Writing {
    void to(Writer w) throws IOException;
  }

  private static void needStyles(SheetPlan p, StylePalette palette) {
    palette.need(new StylePalette.Key("@", true, null));
    for (SheetPlan.Column c : p.columns()) {
      palette.need(new StylePalette.Key(c.format(), false, null));
      if (c.fills() != null) for (String colour : c.fills().values()) palette.need(new StylePalette.Key(c.format(), false, colour));
    }
  }

  private static boolean hasFormulas(SheetPlan p) {
    return p.rows().stream().anyMatch(r -> r.stream().anyMatch(v -> v instanceof SheetPlan.Formula));
  }

  /**
   * {@code <calcPr fullCalcOnLoad="1"/>}: the spreadsheet recalculates every formula when it opens the workbook (formula
   * mode caches the engine's values, but not every intermediate one), placed where the schema wants it, after the names.
   */
  private static void calculateOnLoad(Document workbook) {
    Element root = workbook.getDocumentElement();
    Element calc = Xml.child(root, "calcPr");
    if (calc == null) {
      calc = Xml.create(root, "calcPr");
      Element names = Xml.child(root, "definedNames");
      root.insertBefore(calc, names == null ? Xml.child(root, "sheets").getNextSibling() : names.getNextSibling());
    }
    calc.setAttribute("fullCalcOnLoad", "1");
  }

  /** A name local to the sheet at {@code position}: Excel keeps an autofilter's range and the rows printed on every page so. */
  private static void definedName(Document workbook, Element sheets, int position, String key, boolean hidden, String refersTo) {
    Element root = workbook.getDocumentElement();
    Element names = Xml.child(root, "definedNames");
    if (names == null) {
      names = Xml.create(root, "definedNames");
      Node after = sheets.getNextSibling();
      while (after instanceof Element e && (e.getLocalName().equals("functionGroups") || e.getLocalName().equals("externalReferences")))
        after = after.getNextSibling();
      root.insertBefore(names, after);
    }
    Element name = Xml.create(root, "definedName");
    name.setAttribute("name", key);
    name.setAttribute("localSheetId", String.valueOf(position));
    if (hidden) name.setAttribute("hidden", "1");
    name.setTextContent(refersTo);
    names.appendChild(name);
  }

  private static String mainPart(ZipFile zip) throws IOException {
    Document rootRels = Xml.parse(zip.getInputStream(entry(zip, "_rels/.rels")));
    for (Element r : PackageParts.children(rootRels.getDocumentElement(), "Relationship"))
      if (r.getAttribute("Type").endsWith("/officeDocument")) return PackageParts.resolve("", r.getAttribute("Target"));
    throw new IOException("the workbook has no main part");
  }

  private static ZipEntry entry(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) throw new IOException("the workbook has no " + name);
    return e;
  }

  private static final String MINIMAL_STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<styleSheet xmlns=\"" + Xml.MAIN + "\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

  /** Lets a writer be closed or flushed without closing the zip under it. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static String cellRef(int row, int col) {
    return TableLayout.columnLetters(col) + (row + 1);
  }
}
