package org.indexkit.workbook.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The cell styles the result sheets need, appended to the workbook's own styles part. Existing
 * styles keep their indices, so the user's cells look exactly as before.
 */
final class StylePalette {
  /** One cell style: number format, bold header or not, fill colour (#RRGGBB) or null. */
  record Key(String format, boolean header, String fill) {}

  private static final Map<String, Integer> BUILT_IN = Map.of("General", 0, "0", 1, "0.00", 2, "@", 49);
  private final Map<Key, Integer> index = new LinkedHashMap<>();

  void need(Key k) {
    index.putIfAbsent(k, -1);
  }

  int of(Key k) {
    Integer i = index.get(k);
    if (i == null || i < 0) throw new IllegalStateException("style not prepared: " + k);
    return i;
  }

  /** Adds fonts, fills, number formats and cell formats for every needed key to {@code styles}. */
  void appendTo(Document styles) {
    Element root = styles.getDocumentElement();
    Element numFmts = section(root, "numFmts");
    Element fonts = section(root, "fonts", "numFmts");
    Element fills = section(root, "fills", "fonts");
    Element cellXfs = section(root, "cellXfs", "cellStyleXfs", "borders", "fills");
    boolean hasStyleXfs = Xml.child(root, "cellStyleXfs") != null;

    int nextFmt = 164;
    for (Node n = numFmts.getFirstChild(); n != null; n = n.getNextSibling())
      if (n instanceof Element e) nextFmt = Math.max(nextFmt, Integer.parseInt(e.getAttribute("numFmtId")) + 1);
    Map<String, Integer> formats = new LinkedHashMap<>(BUILT_IN);

    Element boldFont = Xml.create(fonts, "font");
    Element firstFont = Xml.child(fonts, "font");
    if (firstFont != null) for (Node n = firstFont.getFirstChild(); n != null; n = n.getNextSibling()) boldFont.appendChild(n.cloneNode(true));
    Element b = Xml.create(fonts, "b");
    boldFont.insertBefore(b, boldFont.getFirstChild());
    int boldId = Xml.countChildren(fonts, "font");
    fonts.appendChild(boldFont);
    fonts.setAttribute("count", String.valueOf(boldId + 1));

    Map<String, Integer> fillIds = new LinkedHashMap<>();
    int xf = Xml.countChildren(cellXfs, "xf");
    for (Key k : index.keySet()) {
      Integer fmt = formats.get(k.format());
      if (fmt == null) {
        fmt = nextFmt++;
        Element nf = Xml.create(numFmts, "numFmt");
        nf.setAttribute("numFmtId", String.valueOf(fmt));
        nf.setAttribute("formatCode", k.format());
        numFmts.appendChild(nf);
        formats.put(k.format(), fmt);
      }
      String colour = k.header() ? "#D9E1F2" : k.fill();
      Integer fillId = colour == null ? Integer.valueOf(0) : fillIds.get(colour);
      if (fillId == null) {
        fillId = Xml.countChildren(fills, "fill");
        fills.appendChild(solidFill(fills, colour));
        fills.setAttribute("count", String.valueOf(fillId + 1));
        fillIds.put(colour, fillId);
      }
      Element e = Xml.create(cellXfs, "xf");
      e.setAttribute("numFmtId", String.valueOf(fmt));
      e.setAttribute("fontId", String.valueOf(k.header() ? boldId : 0));
      e.setAttribute("fillId", String.valueOf(fillId));
      e.setAttribute("borderId", "0");
      if (hasStyleXfs) e.setAttribute("xfId", "0");
      e.setAttribute("applyNumberFormat", "1");
      if (k.header()) e.setAttribute("applyFont", "1");
      if (colour != null) e.setAttribute("applyFill", "1");
      cellXfs.appendChild(e);
      index.put(k, xf++);
    }
    numFmts.setAttribute("count", String.valueOf(Xml.countChildren(numFmts, "numFmt")));
    cellXfs.setAttribute("count", String.valueOf(xf));
  }

  private static Element solidFill(Element fills, String colour) {
    Element fill = Xml.create(fills, "fill");
    Element pattern = Xml.create(fills, "patternFill");
    pattern.setAttribute("patternType", "solid");
    Element fg = Xml.create(fills, "fgColor");
    fg.setAttribute("rgb", "FF" + colour.substring(1).toUpperCase(java.util.Locale.ROOT));
    Element bg = Xml.create(fills, "bgColor");
    bg.setAttribute("indexed", "64");
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    return fill;
  }

  /** The section element, created in schema order (right after the first of {@code after} present; first child without) when missing. */
  private static Element section(Element root, String local, String... after) {
    Element e = Xml.child(root, local);
    if (e != null) return e;
    e = Xml.create(root, local);
    e.setAttribute("count", "0");
    Node anchor = root.getFirstChild();
    for (String a : after) {
      Element prev = Xml.child(root, a);
      if (prev != null) { anchor = prev.getNextSibling(); break; }
    }
    root.insertBefore(e, anchor);
    if (local.equals("fills")) { // Excel requires the two reserved fills first
      Element none = Xml.create(root, "fill");
      Element p0 = Xml.create(root, "patternFill");
      p0.setAttribute("patternType", "none");
      none.appendChild(p0);
      Element grey = Xml.create(root, "fill");
      Element p1 = Xml.create(root, "patternFill");
      p1.setAttribute("patternType", "gray125");
      grey.appendChild(p1);
      e.appendChild(none);
      e.appendChild(grey);
      e.setAttribute("count", "2");
    }
    return e;
  }
}
