package org.indexkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Table;
import org.indexkit.input.Csv;

/**
 * A published table from ../shared/reference/seed-tables (copied to src/test/resources/seed-tables):
 * the "certified data" the reproduction tests check against.
 */
public record SeedTable(List<Map<String, String>> rows) {

  public static SeedTable load(String name) {
    try (InputStream in = SeedTable.class.getResourceAsStream("/seed-tables/" + name + ".csv")) {
      if (in == null) throw new IllegalArgumentException("no seed table " + name);
      List<List<String>> cells = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<String> header = cells.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> row : cells.subList(1, cells.size())) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) m.put(header.get(c), c < row.size() ? row.get(c) : "");
        rows.add(m);
      }
      return new SeedTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SeedTable where(java.util.function.Predicate<Map<String, String>> keep) {
    return new SeedTable(rows.stream().filter(keep).toList());
  }

  public List<String> column(String name) {
    return rows.stream().map(r -> r.get(name)).toList();
  }

  public double number(int row, String column) {
    return Double.parseDouble(rows.get(row).get(column));
  }

  public Map<String, String> row(String key, String value) {
    return rows.stream().filter(r -> value.equals(r.get(key))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row with " + key + " = " + value));
  }

  /** The table as printed, for a fit: the header, then each row's cells as the CSV holds them. */
  public org.indexkit.analysis.fit.PrintedTable printed(String sheet) {
    List<String> header = new ArrayList<>(rows.get(0).keySet());
    List<List<String>> cells = new ArrayList<>(List.of(header));
    for (Map<String, String> r : rows) cells.add(header.stream().map(h -> r.getOrDefault(h, "")).toList());
    return org.indexkit.analysis.fit.PrintedTable.of(sheet, 0, 0, cells);
  }

  /** This table's rows with {@code other}'s columns that it lacks, matched on {@code key} (blank where {@code other} has no such row). */
  public SeedTable join(SeedTable other, String key) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> r : rows) {
      Map<String, String> m = new LinkedHashMap<>(r);
      Map<String, String> match = other.rows.stream().filter(o -> r.get(key).equals(o.get(key))).findFirst().orElse(Map.of());
      for (String h : other.rows.get(0).keySet()) m.putIfAbsent(h, match.getOrDefault(h, ""));
      out.add(m);
    }
    return new SeedTable(out);
  }

  /** An engine table: entity names from {@code entityColumn}, indicators = the named columns. */
  public Table toTable(String entityColumn, List<String> indicatorColumns) {
    double[][] values = new double[rows.size()][indicatorColumns.size()];
    for (int r = 0; r < rows.size(); r++)
      for (int c = 0; c < indicatorColumns.size(); c++) values[r][c] = number(r, indicatorColumns.get(c));
    return new Table(column(entityColumn), indicatorColumns, values);
  }
}
