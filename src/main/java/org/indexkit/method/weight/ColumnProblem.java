package org.indexkit.method.weight;

/**
 * A weighting method cannot use one of its columns: which column (0-based, in the order given) and why,
 * so the caller can name the indicator instead of "column 3".
 */
public final class ColumnProblem extends IllegalArgumentException {
  private final int column;
  private final String why;

  public ColumnProblem(int column, String why) {
    super("column " + (column + 1) + " " + why);
    this.column = column;
    this.why = why;
  }

  public int column() {
    return column;
  }

  /** The reason without the column, e.g. "has mean 0, so …". */
  public String why() {
    return why;
  }
}
