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
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.TableLayout;
import org.indexkit.io.DataSheet;
import org.indexkit.io.IndicatorsSheet;
import org.indexkit.io.LocatedTable;
import org.indexkit.io.RecipeJson;
import org.indexkit.io.SheetCell;

/**
 * Reads an IndexKit workbook ({@code Data}, optional {@code Indicators} and {@code Recipe} sheets;
 * names matched without case) by streaming the sheets' XML. Opened read-only: the file is never
 * changed.
 */
public final class WorkbookReader {
  private WorkbookReader() {}

  public static WorkbookInput read(Path file, String name, long maxBytes) throws IOException {
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
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      Map<String, SheetReader.Rows> wanted = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      Map<String, String> actualName = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          String sheet = it.getSheetName();
          names.add(sheet);
          String key = sheet.trim().toLowerCase(Locale.ROOT);
          if ((key.equals("data") || key.equals("indicators") || key.equals("recipe")) && !wanted.containsKey(key)) {
            wanted.put(key, SheetReader.read(sheet, in, strings, styles));
            actualName.put(key, sheet);
          }
        }
      }
      if (!wanted.containsKey("data"))
        throw WorkbookFile.refuse(name + " has no sheet named Data (sheets: " + names + "); put the table there, "
            + "entity names in column A and one indicator per column");
      LocatedTable data = withHiddenRows(DataSheet.read(actualName.get("data"), wanted.get("data").rows()), wanted.get("data").hidden());
      IndicatorTree tree = wanted.containsKey("indicators") ? IndicatorsSheet.read(actualName.get("indicators"), wanted.get("indicators").rows()) : null;
      Map<String, String> settings = new LinkedHashMap<>();
      String preset = wanted.containsKey("recipe") ? recipe(actualName.get("recipe"), wanted.get("recipe").rows(), settings) : null;
      return new WorkbookInput(data, tree, preset, settings, List.copyOf(names));
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

  /**
   * The Recipe sheet: {@code Key | Value} rows, e.g. {@code preset | set-2024}, {@code normalise | none},
   * {@code tiers.k | 4}. The rows are applied together (a step's method and its parameters may be on
   * different rows); a key or value that does not fit is named by its cell.
   */
  static String recipe(String sheet, List<List<Object>> rows, Map<String, String> settings) {
    String preset = null;
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      String key = row.isEmpty() ? "" : SheetCell.text(row.get(0)).trim();
      String value = row.size() < 2 ? "" : SheetCell.text(row.get(1)).trim();
      if (key.isEmpty() || (r == 0 && key.equalsIgnoreCase("key"))) continue;
      if (key.equalsIgnoreCase("preset")) {
        preset = value.isEmpty() ? null : value;
        rowOf.put("preset", r);
        continue;
      }
      settings.put(key, value);
      rowOf.put(key, r);
    }
    Recipe base = Recipe.defaults();
    if (preset != null) {
      var p = org.indexkit.preset.Presets.find(preset);
      if (p.isEmpty())
        throw new InvalidInputException(Problem.of("preset", "no preset \"" + preset + "\"; presets are "
            + org.indexkit.preset.Presets.all().stream().map(org.indexkit.preset.Preset::id).toList())
            .withCell(TableLayout.address(sheet, rowOf.get("preset"), 1)));
      base = p.get().recipe();
    }
    try {
      RecipeJson.layer(base, sheet, null, settings);
    } catch (InvalidInputException e) {
      String message = e.problems().get(0).message().substring(sheet.length() + 2);
      String culprit = null;
      for (String key : settings.keySet()) {
        String step = key.split("\\.")[0];
        if (message.contains("\"" + key + "\"") || message.startsWith(key + ":") || message.startsWith(step + ":")) culprit = key;
      }
      Problem p = Problem.of("recipe", message);
      throw new InvalidInputException(culprit == null ? p : p.withCell(TableLayout.address(sheet, rowOf.get(culprit), 0)));
    }
    return preset;
  }
}
