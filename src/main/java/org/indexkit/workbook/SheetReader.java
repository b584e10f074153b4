package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.indexkit.io.SheetCell;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX, POI's hardened parser: no DOCTYPE, no external entities) into
 * rows of typed cells, so a 50,000-row sheet never becomes a DOM. Formula cells give their cached
 * value; nothing is evaluated.
 */
final class SheetReader extends DefaultHandler {
  private final SharedStrings strings;
  private final StylesTable styles;
  private final List<List<Object>> rows = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  /** Style index → whether its number format shows a percentage; a sheet uses few styles. */
  private final java.util.Map<String, Boolean> percentStyle = new java.util.HashMap<>();
  private List<Object> row;
  private int nextRow;
  private int col;
  private int nextCol;
  private String type;
  private String style;
  private boolean inValue;
  private boolean inInline;
  private String value;

  private SheetReader(SharedStrings strings, StylesTable styles) {
    this.strings = strings;
    this.styles = styles;
  }

  static List<List<Object>> read(InputStream sheetXml, SharedStrings strings, StylesTable styles) throws IOException {
    SheetReader handler = new SheetReader(strings, styles);
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(handler);
      parser.parse(new InputSource(sheetXml));
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("the worksheet XML cannot be read: " + e.getMessage(), e);
    }
    return handler.rows;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    switch (local) {
      case "row" -> {
        String r = a.getValue("r");
        int index = r == null ? nextRow : Integer.parseInt(r) - 1;
        while (rows.size() < index) rows.add(new ArrayList<>());
        row = new ArrayList<>();
        rows.add(row);
        nextRow = index + 1;
        nextCol = 0;
      }
      case "c" -> {
        String ref = a.getValue("r");
        col = ref == null ? nextCol : column(ref);
        nextCol = col + 1;
        type = a.getValue("t");
        style = a.getValue("s");
        value = null;
      }
      case "v" -> { inValue = true; text.setLength(0); }
      case "is" -> { inInline = true; text.setLength(0); }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInline) text.append(ch, start, length);
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v" -> { inValue = false; value = text.toString(); }
      case "is" -> { inInline = false; value = text.toString(); }
      case "c" -> {
        Object cell = cell();
        if (cell != null) {
          while (row.size() < col) row.add(null);
          row.add(cell);
        }
      }
      default -> { }
    }
  }

  private Object cell() {
    if (value == null) return null;
    if (type == null || type.equals("n")) {
      double d;
      try {
        d = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        return value;
      }
      return percent() ? new SheetCell.Percent(d) : Double.valueOf(d);
    }
    return switch (type) {
      case "s" -> strings.getItemAt(Integer.parseInt(value.trim())).getString();
      case "b" -> new SheetCell.Bool("1".equals(value.trim()));
      case "e" -> new SheetCell.Error(value);
      default -> value; // str (formula text result), inlineStr
    };
  }

  private boolean percent() {
    if (style == null || styles == null) return false;
    return percentStyle.computeIfAbsent(style, this::isPercentStyle);
  }

  private boolean isPercentStyle(String index) {
    XSSFCellStyle s = styles.getStyleAt(Integer.parseInt(index));
    if (s == null) return false;
    String f = s.getDataFormatString();
    if (f == null) f = BuiltinFormats.getBuiltinFormat(s.getDataFormat());
    return f != null && f.replaceAll("\"[^\"]*\"", "").contains("%");
  }

  /** "AB12" → 27. */
  static int column(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    return c - 1;
  }
}
