package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's Neighbours sheet gives Moran's I its weights: method-fixtures.md §2.7's 4 × 4 lattice (rook contiguity,
 * x = 8, 6, 6, 3, 7, 5, 4, 2, 6, 5, 3, 1, 4, 3, 2, 1), I = 0.69818573 row-standardised (numpy and R spdep 1.2-7).
 */
class NeighboursWorkbookTest {
  static final double[] X = {8, 6, 6, 3, 7, 5, 4, 2, 6, 5, 3, 1, 4, 3, 2, 1};

  @TempDir
  Path dir;

  @Test
  @DisplayName("Data + Recipe (analyses.moran = neighbours) + Neighbours (cell i: its rook neighbours) → the Moran sheet's I is the fixture's")
  void latticeFromSheet() throws Exception {
    Path in = lattice(null);
    var scored = Workbooks.score(in, dir.resolve("out.xlsx"), null);
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      XSSFSheet moran = wb.getSheet("Moran");
      assertThat(moran.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Moran's I");
      assertThat(moran.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(0.69818573, within(5e-9));
      assertThat(wb.getSheet("Neighbours").getRow(1).getCell(0).getStringCellValue()).as("the user's sheet is kept").isEqualTo("c1");
    }
  }

  @Test
  @DisplayName("a neighbour that is not an entity is refused with its cell in the Neighbours sheet")
  void unknownNeighbour() throws Exception {
    Path in = lattice("c17");
    Throwable e = catchThrowable(() -> Workbooks.score(in, dir.resolve("out.xlsx"), null));
    assertThat(e).hasMessageContaining("Neighbours!C2").hasMessageContaining("\"c17\" is not an entity of the Data");
  }

  /** The lattice workbook; @param extra a name added to c1's neighbours, or null. */
  private Path lattice(String extra) throws Exception {
    Path p = dir.resolve("lattice.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      XSSFSheet data = wb.createSheet("Data"), recipe = wb.createSheet("Recipe"), neighbours = wb.createSheet("Neighbours");
      put(data.createRow(0), "City", "x");
      put(neighbours.createRow(0), "City", "Neighbours");
      for (int i = 0; i < 16; i++) {
        Row row = data.createRow(i + 1);
        row.createCell(0).setCellValue("c" + (i + 1));
        row.createCell(1).setCellValue(X[i]);
        List<String> rook = new ArrayList<>();
        int col = i % 4, r = i / 4;
        if (r > 0) rook.add("c" + (i - 3));
        if (col > 0) rook.add("c" + i);
        if (col < 3) rook.add("c" + (i + 2));
        if (r < 3) rook.add("c" + (i + 5));
        Row n = neighbours.createRow(i + 1);
        n.createCell(0).setCellValue("c" + (i + 1));
        n.createCell(1).setCellValue(String.join(", ", rook));
        if (i == 0 && extra != null) n.createCell(2).setCellValue(extra);
      }
      put(recipe.createRow(0), "Key", "Value");
      put(recipe.createRow(1), "normalise", "none");
      put(recipe.createRow(2), "analyses.moran", "neighbours");
      wb.write(out);
    }
    return p;
  }

  private static void put(Row row, String... texts) {
    for (int i = 0; i < texts.length; i++) row.createCell(i).setCellValue(texts[i]);
  }
}
