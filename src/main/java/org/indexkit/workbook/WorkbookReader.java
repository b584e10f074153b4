package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Recipe;
import org.indexkit.input.DataSheet;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.input.LocatedTable;
import org.indexkit.scoring.NeighboursSheet;
import org.indexkit.scoring.RecipeSheet;
import org.indexkit.input.SheetCell;

/**
 * Reads an IndexKit workbook ({@code Data}, optional {@code Indicators} and {@code Recipe} sheets;
 * names matched without case) by streaming the sheets' XML. Opened read-only: the file is never
 * changed.
 */
public final class WorkbookReader {
  private WorkbookReader() {}

  /** Excel's rows per sheet, the header included. */
  public static final int EXCEL_ROWS = SheetReader.MAX_ROWS;

  /** The filled cells one sheet may have when Java's heap is {@code maxHeapBytes} (beyond them the sheet is refused). */
  public static long maxCells(long maxHeapBytes) {
    return SheetReader.cellLimit(maxHeapBytes);
  }

  public static WorkbookInput read(Path file, String name, long maxBytes) throws IOException {
    return read(file, name, maxBytes, null, null);
  }

  /**
   * @param sheet the sheet that holds the data ({@code --sheet}, {@code ?sheet=}); null: the one named Data, else the only
   *     sheet, else the first whose header row names indicators of the tree (the Indicators sheet's, or the preset's)
   * @param preset the preset the caller will score with, if it named one (it tells which headers to look for)
   */
  public static WorkbookInput read(Path file, String name, long maxBytes, String sheet, String preset) throws IOException {
    return open(file, name, maxBytes, (reader, strings, styles) -> {
      Map<String, SheetReader.Rows> wanted = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      Map<String, String> actualName = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          String each = it.getSheetName();
          names.add(each);
          String key = each.trim().toLowerCase(Locale.ROOT);
          boolean asked = sheet != null && each.trim().equalsIgnoreCase(sheet.trim());
          if ((key.equals("data") && (sheet == null || asked) || key.equals("indicators") || key.equals("recipe") || key.equals("neighbours"))
              && !wanted.containsKey(key)) {
            wanted.put(key, SheetReader.read(each, in, strings, styles));
            actualName.put(key, each);
          }
        }
      }
      IndicatorTree tree = wanted.containsKey("indicators") ? IndicatorsSheet.read(actualName.get("indicators"), wanted.get("indicators").rows(), org.indexkit.method.aggregate.Aggregators.STEP::resolve) : null;
      RecipeSheet recipeSheet = wanted.containsKey("recipe") ? RecipeSheet.read(actualName.get("recipe"), wanted.get("recipe").rows()) : null;
      String recipePreset = recipeSheet == null ? null : recipeSheet.preset();
      Map<String, String> settings = recipeSheet == null ? new LinkedHashMap<>() : new LinkedHashMap<>(recipeSheet.settings());
      String dataSheet = dataSheet(name, names, sheet, actualName.get("data"));
      SheetReader.Rows rows = dataSheet == null ? null : dataSheet.equals(actualName.get("data")) ? wanted.get("data") : readSheet(reader, strings, styles, dataSheet);
      if (rows == null) { // several sheets and none named Data: the first whose header names the tree's indicators
        IndicatorTree known = tree != null ? tree : treeOf(preset != null ? preset : recipePreset);
        if (known == null)
          throw WorkbookFile.refuse(name + " has no sheet named Data and several sheets " + names + "; name the one with the table: "
              + "--sheet NAME on the command line, ?sheet=NAME when uploading (or rename it Data)");
        for (String candidate : candidates(names))
          if (headerMatches((rows = readSheet(reader, strings, styles, candidate)).rows(), known)) {
            dataSheet = candidate;
            break;
          }
        if (dataSheet == null)
          throw WorkbookFile.refuse(name + " has no sheet named Data, and none of its sheets " + names + " has a header row that "
              + "names the indicators; name the one with the table: --sheet NAME on the command line, ?sheet=NAME when uploading");
      }
      LocatedTable data = withHiddenRows(DataSheet.read(dataSheet, rows.rows()), rows.hidden());
      if (!dataSheet.equals(actualName.get("data"))) {
        List<String> notes = new ArrayList<>();
        notes.add("The data was read from sheet " + dataSheet + (sheet != null ? " (as asked)" : candidates(names).size() == 1
            ? " (the only sheet with data)" : " (the first whose header names the indicators)"));
        notes.addAll(data.notes());
        data = new LocatedTable(data.table(), data.layout(), data.sheetRows(), notes);
      }
      if (wanted.containsKey("neighbours"))
        settings.putAll(NeighboursSheet.settings(actualName.get("neighbours"), wanted.get("neighbours").rows(), data.table().entities(), settings));
      return new WorkbookInput(data, tree, recipePreset, settings, List.copyOf(names));
    });
  }

  /**
   * A sheet's cells as they stand, for a layout of its own (a published table with any columns), and the Indicators sheet's.
   *
   * @param indicators null when the workbook has no Indicators sheet
   */
  public record RawSheets(String tableSheet, List<List<Object>> table, List<List<Object>> indicators, List<String> names) {}

  /**
   * The cells of {@code sheet} (null: the one named Data, else the first that is not Indicators, Recipe or Neighbours), each
   * number as the text its format shows at least (85.8 under 0.00 → "85.80"), and the Indicators sheet's as usual.
   */
  public static RawSheets raw(Path file, String name, long maxBytes, String sheet) throws IOException {
    return open(file, name, maxBytes, (reader, strings, styles) -> {
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<List<Object>> indicators = null;
      while (it.hasNext())
        try (InputStream in = it.next()) {
          names.add(it.getSheetName());
          if (indicators == null && it.getSheetName().trim().equalsIgnoreCase("indicators"))
            indicators = SheetReader.read(it.getSheetName(), in, strings, styles).rows();
        }
      String table = dataSheet(name, names, sheet, names.stream().filter(n -> n.trim().equalsIgnoreCase("data")).findFirst().orElse(null));
      if (table == null) table = candidates(names).get(0);
      return new RawSheets(table, readSheet(reader, strings, styles, table, true).rows(), indicators, List.copyOf(names));
    });
  }

  /** What is read from an opened workbook. */
  private interface Reading<T> {
    T read(XSSFReader reader, SharedStrings strings, StylesTable styles) throws IOException, OpenXML4JException;
  }

  /** Opens the workbook read-only after its checks (size, macros, parts) and reads it; a damaged file is refused in words. */
  private static <T> T open(Path file, String name, long maxBytes, Reading<T> reading) throws IOException {
    WorkbookFile.check(file, name, maxBytes);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      PackagePart main = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
      if (main == null) throw WorkbookFile.refuse(name + " is damaged: it has no workbook part (xl/workbook.xml or its relationship is missing)");
      String type = main.getContentType();
      if (type.equals(XSSFRelation.MACROS_WORKBOOK.getContentType()) || type.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType()))
        throw WorkbookFile.refuse(name + " contains macros; save it as an Excel Workbook (.xlsx) first");
      if (!type.equals(XSSFRelation.WORKBOOK.getContentType()) && !type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType()))
        throw WorkbookFile.refuse(name + " is not an Excel workbook (its main part is " + type + ")");
      PartLimits.check(pkg, main, name);
      XSSFReader reader = new XSSFReader(pkg);
      return reading.read(reader, reader.getSharedStringsTable(), reader.getStylesTable());
    } catch (InvalidFormatException | NotOfficeXmlFileException e) {
      throw WorkbookFile.refuse(name + " is not a readable .xlsx workbook (" + reason(e) + ")");
    } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException e) {
      throw WorkbookFile.refuse(name + " is damaged or not a workbook (" + reason(e) + ")");
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException bad) throw bad;
      if (e instanceof RuntimeException r && !fromLibrary(r)) throw r; // our own bug: let it surface as one
      if (String.valueOf(e.getMessage()).contains("Zip bomb"))
        throw WorkbookFile.refuse(name + " expands to far more data than its size (a \"zip bomb\"); refused for safety");
      // the file was checked to exist and be a zip: what fails now is its content (bad deflate data, broken XML, a
      // part that is not what its type says), which POI reports in many exception types
      throw WorkbookFile.refuse(name + " is damaged and cannot be read (" + reason(e) + ")");
    }
  }

  /** The data sheet's name when it is decided by name or by being the only one; null when headers must decide. */
  private static String dataSheet(String file, List<String> names, String asked, String data) {
    if (asked != null) {
      for (String n : names) if (n.trim().equalsIgnoreCase(asked.trim())) return n;
      throw WorkbookFile.refuse(file + " has no sheet named \"" + asked + "\" (sheets: " + names + ")");
    }
    if (data != null) return data;
    List<String> candidates = candidates(names);
    if (candidates.isEmpty()) throw WorkbookFile.refuse(file + " has no sheet with data (sheets: " + names + ")");
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /** The sheets that may hold the data: all but Indicators and Recipe. */
  private static List<String> candidates(List<String> names) {
    return names.stream().filter(n -> !List.of("indicators", "recipe", "neighbours").contains(n.trim().toLowerCase(Locale.ROOT))).toList();
  }

  private static IndicatorTree treeOf(String preset) {
    return preset == null ? null : org.indexkit.preset.Presets.find(preset).map(org.indexkit.preset.Preset::tree).orElse(null);
  }

  /** Whether a sheet's first row names at least one indicator of the tree beside its first column. */
  private static boolean headerMatches(List<List<Object>> rows, IndicatorTree tree) {
    if (rows.isEmpty()) return false;
    List<Object> header = rows.get(0);
    for (int c = 1; c < header.size(); c++) {
      String h = SheetCell.text(header.get(c)).trim();
      if (!h.isEmpty() && tree.findByHeader(h) != null) return true;
    }
    return false;
  }

  private static SheetReader.Rows readSheet(XSSFReader reader, SharedStrings strings, StylesTable styles, String sheet)
      throws IOException, OpenXML4JException {
    return readSheet(reader, strings, styles, sheet, false);
  }

  private static SheetReader.Rows readSheet(XSSFReader reader, SharedStrings strings, StylesTable styles, String sheet, boolean shown)
      throws IOException, OpenXML4JException {
    XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
    while (it.hasNext())
      try (InputStream in = it.next()) {
        if (it.getSheetName().equals(sheet)) return SheetReader.read(sheet, in, strings, styles, shown);
      }
    throw new IllegalStateException("sheet " + sheet + " disappeared");
  }

  /** The library's message without Java class names, which mean nothing to a researcher. */
  static String reason(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (m.contains("DOCTYPE"))
      return "a part contains a DOCTYPE declaration, which Excel never writes; refused because its entities could read other "
          + "files (XXE) or expand without bound";
    if (m.length() > 1000) m = m.substring(0, 1000); // a library message may quote the file's text: bounded before any pattern
    m = m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error)[:;]? ?", "").replaceAll("\\s+", " ").trim();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  /** Whether a runtime failure was raised inside POI, XML or zip code (a damaged file) rather than IndexKit's. */
  private static boolean fromLibrary(RuntimeException e) {
    StackTraceElement[] at = e.getStackTrace();
    return at.length > 0 && !at[0].getClassName().startsWith("org.indexkit.");
  }

  /** Hidden rows are scored like the others (Excel's own SUM counts them too); the Audit sheet lists them. */
  private static LocatedTable withHiddenRows(LocatedTable data, List<Integer> hidden) {
    if (hidden.isEmpty()) return data;
    List<String> notes = new ArrayList<>(data.notes());
    String sheet = data.layout().sheet();
    List<String> rows = hidden.stream().limit(50).map(r -> sheet + "!" + (r + 1)).toList();
    notes.add("Rows hidden in Excel were scored like the others: " + String.join(", ", rows)
        + (hidden.size() > 50 ? " and " + (hidden.size() - 50) + " more" : ""));
    return new LocatedTable(data.table(), data.layout(), data.sheetRows(), notes);
  }
}
