package org.indexkit.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data: one row per entity (per year in a panel), one column per indicator, missing = NaN.
 * Columns may include auxiliary values that are not leaves of the tree (e.g. a population column for
 * per-capita transforms). {@code groups} (a league per row), {@code years} and {@code regions} (a region per row, for
 * reporting only: regional summaries and disparities, never a league) are null when absent.
 *
 * <p>The constructor checks what any method needs: a rectangular matrix, unique indicator names,
 * unique entity names (within a year), at least two entities. Problems carry row/column indices;
 * the reader that built the table turns them into cell addresses.
 */
public record Table(List<String> entities, List<String> indicators, double[][] values,
                    List<String> groups, List<Integer> years, List<String> regions) {

  /** Largest magnitude accepted: squares and sums of squares of such values stay finite (double overflows at 1.8e308). */
  public static final double MAX_MAGNITUDE = 1e100;
  /** Longest entity, indicator or group name: every result repeats names many times, so a huge one would multiply. */
  public static final int MAX_NAME_CHARS = 1_000;

  public Table {
    entities = List.copyOf(entities);
    indicators = List.copyOf(indicators);
    groups = groups == null ? null : List.copyOf(groups);
    years = years == null ? null : List.copyOf(years);
    regions = regions == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regions));
    if (regions != null && regions.size() != entities.size())
      throw new InvalidInputException(Problem.of("shape", regions.size() + " region labels for " + entities.size() + " entities"));
    check(entities, indicators, values, groups, years);
  }

  public Table(List<String> entities, List<String> indicators, double[][] values, List<String> groups, List<Integer> years) {
    this(entities, indicators, values, groups, years, null);
  }

  public Table(List<String> entities, List<String> indicators, double[][] values) {
    this(entities, indicators, values, null, null);
  }

  private static void check(List<String> entities, List<String> indicators, double[][] values,
                            List<String> groups, List<Integer> years) {
    Problems p = new Problems();
    if (values.length != entities.size())
      p.add(Problem.of("shape", values.length + " rows of values for " + entities.size() + " entities"));
    for (int r = 0; r < values.length; r++) {
      if (values[r] == null || values[r].length != indicators.size())
        p.add(Problem.at("ragged-row", "row has " + (values[r] == null ? 0 : values[r].length)
            + " values but there are " + indicators.size() + " indicator columns", r, null));
      else for (int c = 0; c < values[r].length; c++)
        if (Double.isInfinite(values[r][c]))
          p.add(Problem.at("not-finite", "value is infinite", r, c));
        else if (Math.abs(values[r][c]) > MAX_MAGNITUDE)
          p.add(Problem.at("too-large", values[r][c] + " is beyond ±1e100, too large to compute with (sums of squares would "
              + "overflow); express the indicator in larger units", r, c));
    }
    if (groups != null && groups.size() != entities.size())
      p.add(Problem.of("shape", groups.size() + " group labels for " + entities.size() + " entities"));
    if (years != null && years.size() != entities.size())
      p.add(Problem.of("shape", years.size() + " years for " + entities.size() + " entities"));
    p.throwIfAny();

    for (int c = 0; c < indicators.size(); c++)
      if (indicators.get(c) != null && indicators.get(c).length() > MAX_NAME_CHARS)
        p.add(Problem.at("name-too-long", "the indicator name \"" + indicators.get(c).substring(0, 40) + "…\" has "
            + indicators.get(c).length() + " characters; names may have at most " + MAX_NAME_CHARS, null, c));
    for (int r = 0; r < entities.size(); r++)
      if (entities.get(r) != null && entities.get(r).length() > MAX_NAME_CHARS)
        p.add(Problem.at("name-too-long", "the entity name \"" + entities.get(r).substring(0, 40) + "…\" has "
            + entities.get(r).length() + " characters; names may have at most " + MAX_NAME_CHARS, r, -1));
      else if (groups != null && groups.get(r) != null && groups.get(r).length() > MAX_NAME_CHARS)
        p.add(Problem.at("name-too-long", "the group name \"" + groups.get(r).substring(0, 40) + "…\" has "
            + groups.get(r).length() + " characters; names may have at most " + MAX_NAME_CHARS, r, null));
    p.throwIfAny();
    Map<String, Integer> seenCol = new HashMap<>();
    for (int c = 0; c < indicators.size(); c++) {
      String name = indicators.get(c) == null ? "" : indicators.get(c).trim();
      if (name.isEmpty()) p.add(Problem.at("blank-indicator", "indicator column has no name", null, c));
      else if (seenCol.putIfAbsent(name, c) != null)
        p.add(Problem.at("duplicate-indicator", "indicator \"" + name + "\" appears twice (columns "
            + (seenCol.get(name) + 1) + " and " + (c + 1) + ")", null, c));
    }
    Map<String, Integer> seenRow = new HashMap<>();
    for (int r = 0; r < entities.size(); r++) {
      String name = entities.get(r) == null ? "" : entities.get(r).trim();
      if (name.isEmpty()) { p.add(Problem.at("blank-entity", "entity name is blank", r, -1)); continue; }
      Integer year = years == null ? null : years.get(r);
      String key = year == null ? name : name + "\u0000" + year;
      Integer first = seenRow.putIfAbsent(key, r);
      if (first != null)
        p.add(Problem.at("duplicate-entity", "entity \"" + name + "\" appears twice"
            + (year == null ? "" : " in " + year) + " (rows " + (first + 1) + " and " + (r + 1) + " of the data)", r, -1));
    }
    if (years != null)
      for (int r = 0; r < years.size(); r++)
        if (years.get(r) == null) p.add(Problem.at("missing-year", "Year is empty", r, null));
    if (entities.size() < 2)
      p.add(Problem.of("too-few-entities", entities.size() + " entity given; a composite index needs at least 2 to compare"));
    p.throwIfAny();
  }

  public int rows() {
    return entities.size();
  }

  public int columnOf(String indicator) {
    return indicators.indexOf(indicator);
  }

  public double value(int row, int column) {
    return values[row][column];
  }

  public String groupOf(int row) {
    String g = groups == null ? null : groups.get(row);
    return g == null || g.isBlank() ? "" : g.trim();
  }
}
