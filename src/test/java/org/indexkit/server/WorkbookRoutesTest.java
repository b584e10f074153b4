package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Workbooks over HTTP: download a template, upload it, get it back with result sheets; bad cells as problems. */
class WorkbookRoutesTest {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.http();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("GET /api/v1/templates/set-2024.xlsx → POST /api/v1/workbook: the scored copy has Scores with Boston 85.83 first")
  void templateThenScore() throws Exception {
    HttpResponse<byte[]> template = server.getBytes("/api/v1/templates/set-2024.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(XLSX));
    HttpResponse<byte[]> scored = server.postBytes("/api/v1/workbook?name=set-2024.xlsx", XLSX, template.body());
    assertThat(scored.statusCode()).as(new String(scored.body())).isEqualTo(200);
    assertThat(scored.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"set-2024-indexkit.xlsx\"");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(scored.body()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("README");
      var scores = wb.getSheet("Scores");
      assertThat(scores.getRow(2).getCell(0).getStringCellValue()).as("under the level band and the header").isEqualTo("Boston");
      assertThat(scores.getRow(2).getCell(1).getNumericCellValue()).isCloseTo(85.83, within(0.01));
    }
  }

  @Test
  @DisplayName("a bad cell in an uploaded workbook comes back as problem+json naming Data!C3")
  void badCell() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var s = wb.createSheet("Data");
      String[][] cells = {{"City", "a", "b"}, {"P", "1", "2"}, {"Q", "3", "n/a?"}};
      for (int r = 0; r < cells.length; r++)
        for (int c = 0; c < 3; c++) {
          var cell = (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).createCell(c);
          if (r > 0 && c > 0 && cells[r][c].matches("\\d+")) cell.setCellValue(Double.parseDouble(cells[r][c]));
          else cell.setCellValue(cells[r][c]);
        }
      wb.write(bytes);
    }
    HttpResponse<byte[]> r = server.postBytes("/api/v1/workbook", XLSX, bytes.toByteArray());
    assertThat(r.statusCode()).isEqualTo(422);
    var p = RecipeJson.MAPPER.readTree(r.body());
    assertThat(p.get("problems").get(0).get("cell").asText()).isEqualTo("Data!C3");
    assertThat(p.get("problems").get(0).get("message").asText()).isEqualTo("\"n/a?\" is not a number");
  }

  @Test
  @DisplayName("not a workbook, an empty body and an unknown template are clear 4xx problems")
  void refusals() throws Exception {
    HttpResponse<byte[]> notXlsx = server.postBytes("/api/v1/workbook", XLSX, "City,a\nP,1\n".getBytes());
    assertThat(notXlsx.statusCode()).isEqualTo(422);
    assertThat(new String(notXlsx.body())).contains("is not an Excel workbook");
    assertThat(server.postBytes("/api/v1/workbook", XLSX, new byte[0]).statusCode()).isEqualTo(400);
    HttpResponse<String> none = server.get("/api/v1/templates/nope.xlsx");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("set-2024");
  }
}
