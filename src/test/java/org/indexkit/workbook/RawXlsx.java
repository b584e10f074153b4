package org.indexkit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, so a test controls every byte of the sheet XML: what Excel never
 * writes but a hostile or broken file may contain. Sheets are named in order; {@code styles} optional.
 */
public final class RawXlsx {
  public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private final Map<String, String> extraParts = new LinkedHashMap<>();
  private boolean styles = true;
  private String workbookPrologue = "";
  private String stylesTarget = "styles.xml";
  private String stylesXml;
  private final StringBuilder extraRels = new StringBuilder();
  private final StringBuilder extraTypes = new StringBuilder();

  public RawXlsx sheet(String name, String xml) {
    sheets.put(name, xml);
    return this;
  }

  /** A sheet from its {@code <sheetData>} content, e.g. {@code <row r="1"><c r="A1" t="inlineStr"><is><t>City</t></is></c></row>}. */
  public RawXlsx data(String name, String sheetData, String afterSheetData) {
    return sheet(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
        + sheetData + "</sheetData>" + afterSheetData + "</worksheet>");
  }

  public RawXlsx withoutStyles() {
    styles = false;
    return this;
  }

  /** Text put before {@code <workbook>} in xl/workbook.xml (a DOCTYPE, say). */
  public RawXlsx workbookPrologue(String text) {
    workbookPrologue = text;
    return this;
  }

  /** The styles part's whole text instead of the small default one. */
  public RawXlsx styles(String xml) {
    stylesXml = xml;
    return this;
  }

  /** The Target of the workbook's styles relationship (the part itself is always xl/styles.xml). */
  public RawXlsx stylesTarget(String target) {
    stylesTarget = target;
    return this;
  }

  /** A part with its own relationship from the workbook and content type (a VBA project, say). */
  public RawXlsx relatedPart(String name, String relType, String contentType, String content) {
    extraParts.put(name, content);
    extraRels.append("<Relationship Id=\"rIdX").append(extraParts.size()).append("\" Type=\"").append(relType)
        .append("\" Target=\"").append(name.substring(3)).append("\"/>");
    extraTypes.append("<Override PartName=\"/").append(name).append("\" ContentType=\"").append(contentType).append("\"/>");
    return this;
  }

  public RawXlsx part(String name, String xml) {
    extraParts.put(name, xml);
    return this;
  }

  /** The smallest Data sheet that scores: cities a and b on one indicator x. */
  public static RawXlsx twoCities() {
    return new RawXlsx().data("Data", "<row r=\"1\">" + inline("A1", "City") + inline("B1", "x") + "</row><row r=\"2\">"
        + inline("A2", "a") + number("B2", "1") + "</row><row r=\"3\">" + inline("A3", "b") + number("B3", "2") + "</row>", "");
  }

  public static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
  }

  public static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + escape(value) + "</v></c>";
  }

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') sb.append(' '); // not allowed in XML 1.0
          else sb.append(ch);
        }
      }
    }
    return sb.toString();
  }

  public Path write(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + workbookPrologue
          + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      int i = 0;
      for (var s : sheets.entrySet()) {
        i++;
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        book.append("<sheet name=\"").append(escape(s.getKey())).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            .append(i).append(".xml\"/>");
        put(zip, "xl/worksheets/sheet" + i + ".xml", s.getValue());
      }
      if (styles) {
        types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"" + escape(stylesTarget) + "\"/>");
        if (stylesXml != null) put(zip, "xl/styles.xml", stylesXml);
        else put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      }
      for (var p : extraParts.entrySet()) put(zip, p.getKey(), p.getValue());
      types.append(extraTypes).append("</Types>");
      rels.append(extraRels);
      book.append("</sheets></workbook>");
      rels.append("</Relationships>");
      put(zip, "[Content_Types].xml", types.toString());
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", book.toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream o = zip;
    o.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
