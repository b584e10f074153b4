package org.indexkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Table;
import org.indexkit.core.TableLayout;
import org.indexkit.input.CellText;
import org.indexkit.input.DataSheet;
import org.indexkit.input.SheetCell;
import org.indexkit.input.LocatedTable;

/**
 * Turns the task pane's selection into a {@link Table}, checking every cell and naming bad ones by
 * their address in the user's sheet, computed from the selection's {@code origin}: the header row is
 * the origin's row, entity names its column, indicators the columns to the right.
 */
final class SelectionTable {

  private SelectionTable() {}

  static LocatedTable read(ComputeRequest.TableInput in, long maxCells) {
    if (in == null) throw ApiProblem.badRequest("the request has no \"table\"");
    if (in.rows() != null) {
      if (in.entities() != null || in.indicators() != null || in.values() != null)
        throw ApiProblem.badRequest("\"table\" has either \"rows\" (the cells as they are) or \"entities\", \"indicators\" and \"values\", not both");
      TableLayout at = layout(in.origin(), 0);
      return DataSheet.read(at.sheet(), at.headerRow(), at.entityColumn(), cells(in.rows(), in.formats()));
    }
    if (in.entities() == null || in.indicators() == null || in.values() == null)
      throw ApiProblem.badRequest("\"table\" needs \"entities\", \"indicators\" and \"values\"");
    long cells = (long) in.entities().size() * in.indicators().size();
    if (cells > maxCells)
      throw new ApiProblem.Failure(ApiProblem.of(413, "too-many-cells", "The selection is too large",
          in.entities().size() + " entities × " + in.indicators().size() + " indicators = " + cells
              + " cells; this server accepts at most " + maxCells, null));
    TableLayout layout = layout(in.origin(), in.indicators().size());
    Problems problems = new Problems();
    if (in.values().size() != in.entities().size())
      problems.add(Problem.of("shape", in.values().size() + " rows of values for " + in.entities().size() + " entities"));
    if (in.groups() != null && in.groups().size() != in.entities().size())
      problems.add(Problem.of("shape", in.groups().size() + " groups for " + in.entities().size() + " entities"));
    if (in.years() != null && in.years().size() != in.entities().size())
      problems.add(Problem.of("shape", in.years().size() + " years for " + in.entities().size() + " entities"));
    problems.throwIfAny();
    int width = in.indicators().size();
    double[][] values = new double[in.values().size()][width];
    for (int r = 0; r < values.length; r++) {
      List<JsonNode> row = in.values().get(r);
      if (row == null || row.size() != width) {
        problems.add(layout.locate(Problem.at("ragged-row", "this row has " + (row == null ? 0 : row.size())
            + " values but there are " + width + " indicators", r, -1)));
        continue;
      }
      for (int c = 0; c < width; c++) {
        try {
          values[r][c] = number(row.get(c));
        } catch (IllegalArgumentException e) {
          problems.add(layout.locate(Problem.at("not-a-number", e.getMessage(), r, c)));
        }
      }
    }
    problems.throwIfAny();
    try {
      return new LocatedTable(new Table(in.entities().stream().map(e -> e == null ? "" : e).toList(),
          in.indicators().stream().map(i -> i == null ? "" : i).toList(), values, in.groups(), in.years()), layout);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(layout.locate(e.problems()));
    }
  }

  /**
   * Cells as Office.js gives them (numbers, text, booleans, null for empty) as the sheet readers take them; a number
   * whose format shows a percentage ({@code 0.0%}, not inside quotes) is that percentage, as in a workbook.
   */
  static List<List<Object>> cells(List<List<JsonNode>> rows, List<List<JsonNode>> formats) {
    List<List<Object>> out = new java.util.ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<JsonNode> row = rows.get(r) == null ? List.of() : rows.get(r);
      List<JsonNode> format = formats == null || r >= formats.size() || formats.get(r) == null ? List.of() : formats.get(r);
      List<Object> cells = new java.util.ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        JsonNode v = row.get(c);
        if (v == null || v.isNull()) cells.add(null);
        else if (v.isNumber()) cells.add(c < format.size() && percent(format.get(c)) ? new SheetCell.Percent(v.asDouble()) : (Object) v.asDouble());
        else if (v.isBoolean()) cells.add(new SheetCell.Bool(v.asBoolean()));
        else if (v.isTextual()) cells.add(v.asText());
        else cells.add(v.toString());
      }
      out.add(cells);
    }
    return out;
  }

  private static boolean percent(JsonNode format) {
    return format != null && format.isTextual() && SheetCell.isPercentFormat(format.asText());
  }

  private static double number(JsonNode cell) {
    if (cell == null || cell.isNull()) return Double.NaN;
    if (cell.isNumber()) {
      double v = cell.asDouble();
      if (!Double.isFinite(v)) throw new IllegalArgumentException(cell + " is too large to be a number");
      return v;
    }
    if (cell.isTextual()) return CellText.parse(cell.asText());
    throw new IllegalArgumentException(cell + " is not a number");
  }

  /** "Sheet1!B2", "'My data'!$B$2", "B2" or a range "Sheet1!B2:K32"; none = A1 of an unnamed sheet. */
  static TableLayout layout(String origin, int indicators) {
    if (origin == null || origin.isBlank()) return TableLayout.block("", 0, 0, indicators);
    TableLayout at = TableLayout.parseOrigin(origin, indicators);
    if (at == null) throw ApiProblem.badRequest("table.origin \"" + origin + "\" is not a cell address such as Sheet1!B2, or it is outside a worksheet");
    return at;
  }
}
