package org.indexkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pairwise comparison (judgement) matrix of AHP: {@code a[i][j]} says how much more important child i is than
 * child j on Saaty's 1–9 scale, {@code a[j][i] = 1/a[i][j]}, {@code a[i][i] = 1} (Saaty 1980, <i>The Analytic
 * Hierarchy Process</i>, ch. 1).
 *
 * <p>Written as text, rows separated by {@code ;} or a line break, entries by spaces or commas; an entry is a
 * number or a fraction ({@code 1/3}). For n children three shapes are read: the full n × n matrix (checked to be
 * reciprocal), the upper triangle with its diagonal (rows of n, n − 1, …, 1 entries) or without it (rows of
 * n − 1, …, 1); the lower triangle is filled with the reciprocals. A value off the scale [1/9, 9], a diagonal
 * other than 1 or a non-reciprocal pair is refused, naming the entry and the two children it compares.
 */
public record JudgementMatrix(List<String> children, double[][] values) {
  /** Tolerance of the reciprocal check: 0.33 for 1/3 is accepted, 0.5 for 1/3 is not. */
  private static final double RECIPROCAL_TOLERANCE = 0.02;

  public int size() {
    return values.length;
  }

  /** Several experts' matrices in one text, separated by {@code |}. */
  public static List<JudgementMatrix> parseExperts(String text, List<String> children) {
    String[] parts = text.split("\\|");
    List<JudgementMatrix> out = new ArrayList<>();
    for (int e = 0; e < parts.length; e++)
      try {
        out.add(parse(parts[e], children));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException((parts.length > 1 ? "expert " + (e + 1) + ": " : "") + ex.getMessage(), ex);
      }
    return out;
  }

  /**
   * @param children the node's children in tree order (they name the rows and columns)
   * @throws IllegalArgumentException naming the entry, in words a researcher can act on
   */
  public static JudgementMatrix parse(String text, List<String> children) {
    int n = children.size();
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.trim().split("[;\\n\\r]+")) {
      if (line.isBlank()) continue;
      List<String> entries = new ArrayList<>();
      for (String e : line.trim().split("[\\s,，]+")) if (!e.isBlank()) entries.add(e.trim());
      rows.add(entries);
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) a[i][i] = 1;
    String shape = shape(rows, n);
    for (int r = 0; r < rows.size(); r++)
      for (int k = 0; k < rows.get(r).size(); k++) {
        int j = switch (shape) {
          case "full" -> k;
          case "upper with diagonal" -> r + k;
          default -> r + 1 + k;
        };
        double v = value(rows.get(r).get(k), r, j, children);
        if (r == j) {
          if (Math.abs(v - 1) > 1e-9)
            throw new IllegalArgumentException(entry(r, j, children) + " is " + rows.get(r).get(k) + "; a child compared with itself is 1");
          continue;
        }
        if (shape.equals("full") && r > j) {
          double upper = a[j][r];
          if (Math.abs(upper * v - 1) > RECIPROCAL_TOLERANCE)
            throw new IllegalArgumentException(entry(r, j, children) + " is " + rows.get(r).get(k) + " but " + entry(j, r, children)
                + " is " + format(upper) + "; the matrix must be reciprocal (a[j][i] = 1/a[i][j], here " + format(1 / upper)
                + "), or give only the upper triangle");
          a[r][j] = 1 / upper; // the upper triangle decides; the lower one was checked to agree
        } else {
          a[r][j] = v;
          a[j][r] = 1 / v;
        }
      }
    return new JudgementMatrix(List.copyOf(children), a);
  }

  private static String shape(List<List<String>> rows, int n) {
    if (n < 2) throw new IllegalArgumentException("judgements need a node with at least two children; this one has " + n);
    if (rows.size() == n && rows.stream().allMatch(r -> r.size() == n)) return "full";
    if (triangle(rows, n)) return "upper with diagonal";
    if (triangle(rows, n - 1)) return "upper";
    List<Integer> lengths = rows.stream().map(List::size).toList();
    throw new IllegalArgumentException("the judgements have rows of " + lengths + " entries; for " + n + " children give the "
        + "upper triangle (rows of " + range(n - 1) + " entries), with its diagonal (" + range(n) + ") or the full " + n + " × " + n
        + " matrix, rows separated by ;");
  }

  private static boolean triangle(List<List<String>> rows, int first) {
    if (rows.size() != first) return false;
    for (int r = 0; r < rows.size(); r++) if (rows.get(r).size() != first - r) return false;
    return true;
  }

  private static String range(int first) {
    List<String> s = new ArrayList<>();
    for (int k = first; k >= 1; k--) s.add(String.valueOf(k));
    return String.join(", ", s);
  }

  private static double value(String text, int i, int j, List<String> children) {
    double v;
    try {
      int slash = text.indexOf('/');
      v = slash < 0 ? Double.parseDouble(text) : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(entry(i, j, children) + ": \"" + text + "\" is not a number or a fraction such as 1/3");
    }
    if (!(v >= 1.0 / 9 - 1e-9 && v <= 9 + 1e-9))
      throw new IllegalArgumentException(entry(i, j, children) + " is " + text + ", outside Saaty's scale from 1/9 to 9");
    return v;
  }

  /** "row 2, column 3 (b compared with c)". */
  private static String entry(int i, int j, List<String> children) {
    return "row " + (i + 1) + ", column " + (j + 1) + " (" + children.get(i) + " compared with " + children.get(j) + ")";
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
  }
}
