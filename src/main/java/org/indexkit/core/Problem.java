package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with the input, precise enough to take the user to it.
 *
 * <p>The engine knows rows and columns of the {@link Table} (0-based, data only, no header), not
 * spreadsheet cells; {@code row} and {@code column} say where, and the adapter that read the input
 * (CSV, workbook, HTTP with an origin) turns them into a {@code cell} address such as {@code Data!D7}.
 * Either may be null: a problem with a whole indicator has no row, one with an entity no column.
 * {@code key} is the recipe key a problem with the recipe concerns ({@code tiers.k}), or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String code, String message, Integer row, Integer column, String cell, String key) {

  public Problem(String code, String message, Integer row, Integer column, String cell) {
    this(code, message, row, column, cell, null);
  }

  public static Problem of(String code, String message) {
    return new Problem(code, message, null, null, null, null);
  }

  public static Problem at(String code, String message, Integer row, Integer column) {
    return new Problem(code, message, row, column, null, null);
  }

  /** A problem with one recipe key, e.g. {@code tiers.k}: a Recipe sheet names the row that set it. */
  public static Problem ofKey(String key, String message) {
    return new Problem("recipe", message, null, null, null, key);
  }

  public Problem withRow(Integer r) {
    return new Problem(code, message, r, column, cell, key);
  }

  public Problem withCell(String address) {
    return new Problem(code, message, row, column, address, key);
  }

  public Problem withMessage(String text) {
    return new Problem(code, text, row, column, cell, key);
  }

  /** "Data!D7: message", or just the message when no cell is known. */
  @Override
  public String toString() {
    return cell == null ? message : cell + ": " + message;
  }
}
