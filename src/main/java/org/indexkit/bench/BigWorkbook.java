package org.indexkit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A large IndexKit workbook (a Data sheet only: "City" then indicators x0001…), written by streaming. */
public final class BigWorkbook {
  private BigWorkbook() {}

  public static void write(Path file, int entities, int indicators, long seed) throws IOException {
    var codes = SyntheticIndex.codes(indicators);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      var sheet = wb.createSheet("Data");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("City");
      for (int c = 0; c < indicators; c++) header.createCell(c + 1).setCellValue(codes.get(c));
      Random rnd = new Random(seed);
      for (int e = 1; e <= entities; e++) {
        var row = sheet.createRow(e);
        row.createCell(0).setCellValue("City " + e);
        for (int c = 1; c <= indicators; c++) row.createCell(c).setCellValue(rnd.nextDouble() * 100);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }
  }
}
