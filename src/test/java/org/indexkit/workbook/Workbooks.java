package org.indexkit.workbook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.IndexResult;

/** Test helpers: make, score and read back workbooks. */
public final class Workbooks {
  private Workbooks() {}

  static Path template(Path dir, String preset) throws Exception {
    Path p = dir.resolve(preset + ".xlsx");
    try (OutputStream out = Files.newOutputStream(p)) {
      TemplateWriter.write(Template.find(preset).orElseThrow(), out);
    }
    return p;
  }

  record Scored(IndexResult result, Path file) {}

  static Scored score(Path in, Path out, String preset) throws Exception {
    return score(in, out, preset, Map.of());
  }

  /** The same with {@code key=value} settings over the workbook's Recipe sheet ({@code formulas=true}). */
  static Scored score(Path in, Path out, String preset, Map<String, String> settings) throws Exception {
    IndexResult r;
    try (OutputStream o = Files.newOutputStream(out)) {
      r = WorkbookScoring.score(in, in.getFileName().toString(), preset, settings, WorkbookFile.DEFAULT_MAX_BYTES, o);
    }
    return new Scored(r, out);
  }

  /** Every cell of a sheet as text the way POI reads it (raw values, formulas as formulas). */
  public static List<List<String>> cells(Sheet s) {
    List<List<String>> out = new ArrayList<>();
    for (Row row : s) {
      List<String> r = new ArrayList<>();
      for (Cell c : row) r.add(c.getAddress() + "=" + describe(c));
      out.add(r);
    }
    return out;
  }

  static String describe(Cell c) {
    var st = c.getCellStyle();
    var font = c.getSheet().getWorkbook().getFontAt(st.getFontIndex());
    String style = st.getDataFormatString() + "|" + font.getBold() + "|" + font.getItalic() + "|" + st.getFillForegroundColor()
        + "|" + st.getFillPattern() + "|" + st.getAlignment() + "|" + st.getBorderBottom();
    String value = switch (c.getCellType()) {
      case FORMULA -> "=" + c.getCellFormula() + " cached " + new DataFormatter().formatCellValue(c);
      case NUMERIC -> "n:" + c.getNumericCellValue();
      case STRING -> "s:" + c.getStringCellValue();
      case BOOLEAN -> "b:" + c.getBooleanCellValue();
      case ERROR -> "e:" + c.getErrorCellValue();
      default -> "blank";
    };
    return value + " [" + style + "]";
  }

  public static XSSFWorkbook open(Path p) throws Exception {
    return new XSSFWorkbook(Files.newInputStream(p));
  }

  static byte[] bytes(XSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
