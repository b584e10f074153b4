package org.indexkit.workbook.xlsx;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import org.indexkit.sheet.SheetPlan;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An Excel table ({@code xl/tables/…xml}) over a {@link SheetPlan}'s header and rows, named as the plan says
 * ({@link SheetPlan#tableName}), with its own autofilter and a light banded style. Table ids and names are unique in a
 * workbook, so the ones the user's workbook already has (and its defined names) are read first.
 */
final class TableXml {
  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
  static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

  private TableXml() {}

  /** The ids and the (upper-cased) names already taken in the workbook: its tables' and its defined names. */
  static final class Taken {
    int maxId;
    final Set<String> names = new HashSet<>();

    /** The plan's table name, or with _2, _3 … made unique; recorded as taken. */
    String claim(String name) {
      String out = name;
      for (int k = 2; names.contains(out.toUpperCase(Locale.ROOT)); k++) out = name + "_" + k;
      names.add(out.toUpperCase(Locale.ROOT));
      return out;
    }
  }

  static Taken taken(ZipFile zip, Document types, Document workbook) throws IOException {
    Taken t = new Taken();
    for (Element o : PackageParts.children(types.getDocumentElement(), "Override")) {
      if (!CONTENT_TYPE.equals(o.getAttribute("ContentType"))) continue;
      var entry = zip.getEntry(o.getAttribute("PartName").replaceFirst("^/", ""));
      if (entry == null) continue;
      Element table = Xml.parse(zip.getInputStream(entry)).getDocumentElement();
      try {
        t.maxId = Math.max(t.maxId, Integer.parseInt(table.getAttribute("id")));
      } catch (NumberFormatException ignored) {
        // a damaged id: ours are above every readable one
      }
      t.names.add(table.getAttribute("name").toUpperCase(Locale.ROOT));
      t.names.add(table.getAttribute("displayName").toUpperCase(Locale.ROOT));
    }
    Element names = Xml.child(workbook.getDocumentElement(), "definedNames");
    if (names != null)
      for (Element n : PackageParts.children(names, "definedName")) t.names.add(n.getAttribute("name").toUpperCase(Locale.ROOT));
    return t;
  }

  /** Whether the plan can be a table: rows under its header, and headers that are all different (a table's column names). */
  static boolean fits(SheetPlan plan) {
    if (plan.tableName() == null) return false;
    Set<String> seen = new HashSet<>();
    for (SheetPlan.Column c : plan.columns())
      if (c.header() == null || c.header().isBlank() || !seen.add(c.header().toUpperCase(Locale.ROOT))) return false;
    return true;
  }

  static String xml(SheetPlan plan, int id, String name) {
    String ref = ResultAppender.cellRef(plan.bandRows(), 0) + ":" + ResultAppender.cellRef(plan.rows().size() + plan.bandRows(), plan.columns().size() - 1);
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    sb.append("<table xmlns=\"").append(Xml.MAIN).append("\" id=\"").append(id).append("\" name=\"").append(Xml.escape(name))
        .append("\" displayName=\"").append(Xml.escape(name)).append("\" ref=\"").append(ref).append("\">");
    sb.append("<autoFilter ref=\"").append(ref).append("\"/><tableColumns count=\"").append(plan.columns().size()).append("\">");
    for (int c = 0; c < plan.columns().size(); c++)
      sb.append("<tableColumn id=\"").append(c + 1).append("\" name=\"").append(Xml.escape(columnName(plan.columns().get(c).header())))
          .append("\"/>");
    sb.append("</tableColumns><tableStyleInfo name=\"TableStyleLight1\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" "
        + "showColumnStripes=\"0\"/></table>");
    return sb.toString();
  }

  /** A header as a table column's name: a line break is written as Excel writes it there. */
  private static String columnName(String header) {
    return header.replace("\r", "").replace("\n", "_x000a_");
  }
}
