package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Direction;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.input.CellText;
import org.indexkit.input.SheetCell;

/** The arguments of one call, read as the parameters say, each problem naming its parameter and cell. */
final class FunctionArgs {
  final SheetFunctions.Spec spec;
  final SheetFunctions.Call call;

  FunctionArgs(SheetFunctions.Spec spec, SheetFunctions.Call call) {
    this.spec = spec;
    this.call = call;
    int given = call.args() == null ? 0 : call.args().size();
    long required = spec.params().stream().filter(p -> !p.optional()).count();
    if (given < required || given > spec.params().size())
      throw new InvalidInputException(Problem.of("arguments", "INDEXKIT." + spec.id() + " takes " + required
          + (required == spec.params().size() ? "" : " to " + spec.params().size()) + " arguments, got " + given));
  }

  int index(String name) {
    for (int i = 0; i < spec.params().size(); i++) if (spec.params().get(i).name().equals(name)) return i;
    throw new IllegalArgumentException(name);
  }

  Object arg(int i) {
    Object v = i < call.args().size() ? call.args().get(i) : null;
    while (v instanceof List<?> l && l.size() == 1 && l.get(0) instanceof List<?> inner && inner.size() == 1 && !spec.params().get(i).range())
      v = inner.get(0); // a one-cell range where a value is expected
    return v instanceof String s && s.isBlank() ? null : v;
  }

  boolean blank(int i) {
    Object v = arg(i);
    if (v == null) return true;
    if (v instanceof List<?> rows) return rows.stream().allMatch(r -> r instanceof List<?> l && l.stream().allMatch(c -> c == null || c.toString().isBlank()));
    return false;
  }

  @SuppressWarnings("unchecked")
  List<List<Object>> matrix(int i) {
    Object v = arg(i);
    if (!(v instanceof List<?> rows) || rows.isEmpty() || !rows.stream().allMatch(r -> r instanceof List<?> l && !l.isEmpty()))
      throw problem(i, "give a range of cells");
    return (List<List<Object>>) v;
  }

  double[][] numbers(int i) {
    List<List<Object>> m = matrix(i);
    double[][] out = new double[m.size()][];
    for (int r = 0; r < m.size(); r++) {
      if (m.get(r).size() != m.get(0).size()) throw problem(i, "its rows are not of one length");
      out[r] = new double[m.get(r).size()];
      for (int c = 0; c < out[r].length; c++) out[r][c] = number(i, r, c, m.get(r).get(c));
    }
    return out;
  }

  private double number(int i, int r, int c, Object cell) {
    if (cell instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
    String text = SheetCell.text(cell);
    try {
      Double d = text.isBlank() ? null : CellText.parse(text);
      if (d != null && Double.isFinite(d)) return d;
    } catch (IllegalArgumentException e) {
      // named below
    }
    throw new InvalidInputException(Problem.of("not-a-number", "INDEXKIT." + spec.id() + " " + spec.params().get(i).name() + ": "
        + (text.isBlank() ? "an empty cell" : "\"" + text + "\" is not a number")).withCell(cell(i, r, c)));
  }

  double[] weights(int i) {
    if (blank(i)) return null;
    return flat(i, numbers(i));
  }

  Direction[] directions(int i) {
    if (blank(i)) return null;
    List<Object> cells = new ArrayList<>();
    for (List<Object> row : matrix(i)) cells.addAll(row);
    Direction[] out = new Direction[cells.size()];
    for (int k = 0; k < out.length; k++) {
      Object v = cells.get(k);
      String t = v instanceof Number n ? (n.doubleValue() < 0 ? "-" : "+") : SheetCell.text(v);
      try {
        out[k] = Direction.parse(t);
      } catch (IllegalArgumentException e) {
        throw problem(i, e.getMessage());
      }
    }
    return out;
  }

  private double[] flat(int i, double[][] m) {
    if (m.length != 1 && m[0].length != 1) throw problem(i, "give one row or one column");
    double[] out = new double[m.length * m[0].length];
    for (int r = 0, k = 0; r < m.length; r++) for (double v : m[r]) out[k++] = v;
    return out;
  }

  String text(int i) {
    Object v = arg(i);
    return v == null ? null : SheetCell.text(v).trim();
  }

  Double number(int i) {
    Object v = arg(i);
    if (v == null) return null;
    return number(i, 0, 0, v);
  }

  /** The address Excel gave for argument i's range, or null. */
  private String address(int i) {
    return call.addresses() == null || i >= call.addresses().size() ? null : call.addresses().get(i);
  }

  /** Where argument i's range starts (its sheet, top row, left column); an unnamed sheet at A1 when Excel gave no address. */
  org.indexkit.core.TableLayout origin(int i) {
    var layout = address(i) == null ? null : org.indexkit.core.TableLayout.parseOrigin(address(i), 0);
    return layout == null ? org.indexkit.core.TableLayout.block("", 0, 0, 0) : layout;
  }

  /** The cell of argument i at (r, c) within its range: {@code Sheet1!C5}, or "data row 3, column 1". */
  String cell(int i, int r, int c) {
    if (address(i) == null) return spec.params().get(i).name() + " row " + (r + 1) + ", column " + (c + 1);
    var at = origin(i);
    return org.indexkit.core.TableLayout.address(at.sheet(), at.headerRow() + r, at.entityColumn() + c);
  }

  InvalidInputException problem(int i, String message) {
    Problem p = Problem.of("argument", "INDEXKIT." + spec.id() + " " + spec.params().get(i).name() + ": " + message);
    return new InvalidInputException(address(i) == null ? p : p.withCell(address(i)));
  }
}
