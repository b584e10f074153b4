package org.indexkit.sheet;

/** An Excel sheet holds 1,048,576 rows and 16,384 columns: results that would not fit are refused before anything is written. */
public final class ExcelLimits {
  private ExcelLimits() {}

  /**
   * Refuses, before anything is computed, a tree whose Scores sheet (a column per node beside the entity,
   * group and year columns) could not fit an Excel sheet.
   */
  public static void fitsExcel(org.indexkit.core.IndicatorTree tree, org.indexkit.core.Table table) {
    fitsWidth("Scores", tree.nodes().size() + 1 + (table.groups() == null ? 0 : 1) + (table.years() == null ? 0 : 1));
  }

  private static void fitsWidth(String sheet, int columns) {
    if (columns > 16_384)
      throw new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("too-wide", "the " + sheet + " sheet would need "
          + String.format(java.util.Locale.ROOT, "%,d", columns) + " columns but an Excel sheet holds at most 16,384; "
          + "group the indicators into dimensions (an Indicators sheet) or score fewer at once"));
  }

  /** An Excel sheet holds 1,048,576 rows and 16,384 columns; a result that would not fit is refused before anything is written. */
  static void fits(SheetPlan p) {
    fitsWidth(p.name(), p.columns().size());
    if (p.rows().size() + 1 > 1_048_576)
      throw new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("too-long", "the " + p.name() + " sheet would need "
          + String.format(java.util.Locale.ROOT, "%,d", p.rows().size() + 1) + " rows but an Excel sheet holds at most 1,048,576"));
  }
}
