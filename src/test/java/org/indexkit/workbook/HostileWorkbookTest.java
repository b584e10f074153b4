package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indexkit.workbook.RawXlsx.inline;
import static org.indexkit.workbook.RawXlsx.number;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.TableLayout;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook reader against what no spreadsheet program writes but a file may contain: random shapes
 * and values, corrupt bytes, entity expansion, absurd sizes. Every file is either scored (finite
 * scores, ranks 1…n, a complete workbook written) or refused with problems a researcher can read —
 * never another exception, never partial output.
 */
class HostileWorkbookTest {
  @TempDir
  Path dir;

  /** What happened to one file. */
  sealed interface Outcome permits Scored, Refused {}

  record Scored(IndexResult result, byte[] output) implements Outcome {}

  record Refused(List<Problem> problems) implements Outcome {
    String text() {
      return String.join("\n", problems.stream().map(Problem::toString).toList());
    }
  }

  Outcome score(Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      IndexResult r = WorkbookScoring.score(file, file.getFileName().toString(), null, Map.of(), 5_000_000, out);
      int n = r.entities().size();
      for (var node : r.nodes()) {
        for (double v : node.scores()) assertThat(v).as(node.code() + " score in " + file).isFinite();
        for (int rank : node.ranks()) assertThat(rank).isBetween(1, n);
      }
      assertThat(WorkbookZip.entries(out.toByteArray())).as("a complete workbook").contains("[Content_Types].xml", "xl/workbook.xml");
      return new Scored(r, out.toByteArray());
    } catch (InvalidInputException e) {
      assertThat(out.size()).as("nothing written for a refused file").isZero();
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
      return new Refused(e.problems());
    } catch (Exception e) {
      throw new AssertionError(file + " gave " + e + " instead of a score or a clear refusal", e);
    }
  }

  // ---- property-based fuzzing -------------------------------------------------------------

  static final String[] TEXTS = {"", " ", "北京", "São Paulo", "Ελλάδα", "مدينة", "🏙️ city", "=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)",
      "-2+3", "12,3", "１２", "٣٫١٤", "N/A", "#N/A", "-", "TRUE", "null", "NaN", "Infinity", "1e999", "x".repeat(org.indexkit.core.Table.MAX_NAME_CHARS - 10), "tab\there",
      "line\nbreak", "\u202Eevil", "a\u0000b", "Data!A1", "'quoted'"};
  static final String[] NUMBERS = {"0", "-0", "1", "-1", "3.14159", "1e300", "-1e300", "1.7976931348623157E308", "4.9E-324", "1e-300",
      "NaN", "INF", "-Infinity", "Infinity", "12,3", "0x1F", " 5 ", "", "1e400", "-1e-400", "123456789012345678901234567890"};

  String randomCell(Random rnd, String ref) {
    return switch (rnd.nextInt(12)) {
      case 0 -> inline(ref, TEXTS[rnd.nextInt(TEXTS.length)]);
      case 1 -> number(ref, NUMBERS[rnd.nextInt(NUMBERS.length)]);
      case 2 -> "<c r=\"" + ref + "\" t=\"b\"><v>" + rnd.nextInt(2) + "</v></c>";
      case 3 -> "<c r=\"" + ref + "\" t=\"e\"><v>#DIV/0!</v></c>";
      case 4 -> "<c r=\"" + ref + "\" t=\"s\"><v>" + rnd.nextInt(5) + "</v></c>"; // there is no shared-strings part
      case 5 -> "<c r=\"" + ref + "\" s=\"" + rnd.nextInt(4) + "\"><v>0.5</v></c>"; // a percentage style, or a style that does not exist
      case 6 -> "<c r=\"" + ref + "\"><f>1/0</f><v>" + rnd.nextGaussian() + "</v></c>";
      case 7 -> "<c r=\"" + ref + "\"/>";
      default -> number(ref, String.valueOf(rnd.nextInt(3) == 0 ? rnd.nextInt(5) : 100 * rnd.nextGaussian()));
    };
  }

  /** Every third workbook is well formed apart from blanks and hidden rows, so the property also covers files that score. */
  Path randomWorkbook(long seed) throws Exception {
    Random rnd = new Random(seed);
    boolean clean = seed % 3 == 0;
    int rows = clean ? 3 + rnd.nextInt(25) : rnd.nextInt(25), cols = clean ? 1 + rnd.nextInt(8) : rnd.nextInt(9);
    StringBuilder data = new StringBuilder();
    int r = 0;
    for (int i = 0; i < rows; i++) {
      r += i > 0 && rnd.nextInt(10) == 0 ? 2 + rnd.nextInt(3) : 1; // blank rows now and then
      boolean hidden = rnd.nextInt(8) == 0;
      data.append("<row r=\"").append(r).append('"').append(hidden ? " hidden=\"1\"" : "").append('>');
      for (int c = 0; c <= cols; c++) {
        String ref = TableLayout.columnLetters(c) + r;
        if (clean) {
          data.append(i == 0 ? inline(ref, c == 0 ? "City" : TEXTS[rnd.nextInt(TEXTS.length)].strip() + " ind" + c)
              : c == 0 ? inline(ref, TEXTS[rnd.nextInt(TEXTS.length)] + " " + i) : number(ref, String.valueOf(rnd.nextInt(4) == 0 ? 7 : 1e6 * rnd.nextGaussian())));
          continue;
        }
        if (rnd.nextInt(15) == 0) continue;
        if (i == 0) data.append(inline(ref, c == 0 ? "City" : rnd.nextInt(6) == 0 ? TEXTS[rnd.nextInt(TEXTS.length)] : "ind" + c));
        else if (c == 0) data.append(rnd.nextInt(6) == 0 ? randomCell(rnd, ref) : inline(ref, "City " + (rnd.nextInt(5) == 0 ? 1 : i)));
        else data.append(randomCell(rnd, ref));
      }
      data.append("</row>");
    }
    String merged = !clean && rnd.nextInt(5) == 0 ? "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>" : "";
    RawXlsx x = new RawXlsx().data(!clean && rnd.nextInt(20) == 0 ? "Sheet1" : "Data", data.toString(), merged);
    if (!clean && rnd.nextInt(4) == 0)
      x.data("Recipe", "<row r=\"1\">" + inline("A1", "Key") + inline("B1", "Value") + "</row><row r=\"2\">"
          + inline("A2", List.of("normalise", "tiers", "tiers.k", "weights", "aggregate", "impute", "bogus").get(rnd.nextInt(7)))
          + inline("B2", List.of("z-score", "k-means", "40", "-3", "entropy", "topsis", "mice", "", "🙂").get(rnd.nextInt(9))) + "</row>", "");
    if (rnd.nextInt(6) == 0) x.withoutStyles();
    return x.write(dir.resolve("random-" + seed + ".xlsx"));
  }

  @Test
  @DisplayName("300 random workbooks (shapes, NaN/∞/huge/tiny numbers, unicode, blanks, hidden rows, merged cells, bad styles) are each scored or clearly refused")
  void randomWorkbooks() throws Exception {
    int scored = 0;
    for (long seed = 0; seed < 300; seed++) if (score(randomWorkbook(seed)) instanceof Scored) scored++;
    assertThat(scored).as("the well-formed third gets scored").isGreaterThanOrEqualTo(100);
  }

  @Test
  @DisplayName("a template with random bytes changed, cut short or shuffled is scored or refused as damaged, never a crash")
  void corruptBytes() throws Exception {
    byte[] good = Files.readAllBytes(Path.of("workbooks/set-2024.xlsx"));
    Random rnd = new Random(11);
    for (int i = 0; i < 120; i++) {
      byte[] b = good.clone();
      switch (i % 3) {
        case 0 -> { for (int k = 0; k < 1 + rnd.nextInt(20); k++) b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255)); }
        case 1 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
        default -> {
          int from = rnd.nextInt(b.length), len = rnd.nextInt(Math.min(4096, b.length - from));
          System.arraycopy(new byte[len], 0, b, from, len); // a zeroed block, as a bad disk or download leaves
        }
      }
      Path p = Files.write(dir.resolve("corrupt-" + i + ".xlsx"), b);
      score(p);
    }
  }

  // ---- XML attacks --------------------------------------------------------------------------

  static final String SECRET = "TOP-SECRET-IndexKit-XXE-marker";

  @Test
  @DisplayName("an external entity (XXE) in the sheet, workbook, shared strings or content types is refused and the file it names is never read")
  void externalEntities() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
        + "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>" + number("B2", "1") + "</row>"
        + "<row r=\"3\">" + inline("A3", "Q") + number("B3", "2") + "</row></sheetData></worksheet>";
    List<Path> files = List.of(
        new RawXlsx().sheet("Data", sheet).write(dir.resolve("xxe-sheet.xlsx")),
        new RawXlsx().workbookPrologue(doctype.replace("worksheet", "workbook")).data("Data", simpleRows(), "").write(dir.resolve("xxe-book.xlsx")),
        sharedStringsXxe(doctype),
        contentTypesXxe(secret));
    for (Path f : files) {
      Outcome o = score(f);
      assertThat(o).as(f.getFileName().toString()).isInstanceOf(Refused.class);
      assertThat(((Refused) o).text()).doesNotContain(SECRET);
    }
  }

  @Test
  @DisplayName("entity expansion (\"billion laughs\") is refused without expanding")
  void billionLaughs() throws Exception {
    StringBuilder dt = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) dt.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    dt.append("]>");
    String sheet = "<?xml version=\"1.0\"?>\n" + dt + "<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData><row r=\"1\">"
        + "<c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>";
    assertThat(score(new RawXlsx().sheet("Data", sheet).write(dir.resolve("laughs.xlsx")))).isInstanceOf(Refused.class);
  }

  private Path sharedStringsXxe(String doctype) throws Exception {
    String sst = "<?xml version=\"1.0\"?>\n" + doctype.replace("worksheet", "sst") + "<sst xmlns=\"" + RawXlsx.MAIN + "\" count=\"1\" uniqueCount=\"1\">"
        + "<si><t>&xxe;</t></si></sst>";
    RawXlsx x = new RawXlsx().data("Data", "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>" + number("B2", "1") + "</row><row r=\"3\">" + inline("A3", "Q") + number("B3", "2") + "</row>", "");
    x.part("xl/sharedStrings.xml", sst);
    Path p = x.write(dir.resolve("xxe-strings-nolink.xlsx"));
    // link the shared strings part: add its relationship and content type
    return Zips.rewrite(p, dir.resolve("xxe-strings.xlsx"), Map.of(
        "xl/_rels/workbook.xml.rels", s -> s.replace("</Relationships>", "<Relationship Id=\"rIdT\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
        "[Content_Types].xml", s -> s.replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")));
  }

  private Path contentTypesXxe(Path secret) throws Exception {
    Path p = new RawXlsx().data("Data", simpleRows(), "").write(dir.resolve("xxe-types-base.xlsx"));
    return Zips.rewrite(p, dir.resolve("xxe-types.xlsx"), Map.of("[Content_Types].xml", s -> s.replaceFirst("<Types",
        "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><Types").replace("</Types>", "<!-- &xxe; --></Types>")));
  }

  static String simpleRows() {
    return "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row><row r=\"2\">" + inline("A2", "P") + number("B2", "1")
        + "</row><row r=\"3\">" + inline("A3", "Q") + number("B3", "2") + "</row>";
  }

  // ---- absurd sizes ------------------------------------------------------------------------

  @Test
  @DisplayName("16,384 columns (A…XFD, Excel's maximum): read, scored or refused in bounded time and memory")
  void widestSheet() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int r = 1; r <= 4; r++) {
      sb.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < 16_384; c++) {
        String ref = TableLayout.columnLetters(c) + r;
        sb.append(c == 0 ? inline(ref, r == 1 ? "City" : "C" + r) : r == 1 ? inline(ref, "i" + c) : number(ref, String.valueOf((r * 7 + c) % 13)));
      }
      sb.append("</row>");
    }
    Outcome o = score(new RawXlsx().data("Data", sb.toString(), "").write(dir.resolve("wide.xlsx")));
    if (o instanceof Refused ref) assertThat(ref.text()).containsAnyOf("16,384", "16384", "columns");
  }

  @Test
  @DisplayName("a sheet declaring 1,048,576 rows (dimension A1:XFD1048576, a value in the last row) is read without holding a million rows")
  void tallestDeclaredSheet() throws Exception {
    String data = simpleRows() + "<row r=\"1048576\">" + inline("A1048576", "Last") + number("B1048576", "3") + "</row>";
    Path p = new RawXlsx().sheet("Data", "<?xml version=\"1.0\"?>\n<worksheet xmlns=\"" + RawXlsx.MAIN + "\"><dimension ref=\"A1:XFD1048576\"/>"
        + "<sheetData>" + data + "</sheetData></worksheet>").write(dir.resolve("tall.xlsx"));
    Outcome o = score(p);
    assertThat(o).isInstanceOf(Scored.class);
    assertThat(((Scored) o).result().entities()).containsExactly("P", "Q", "Last");
  }

  @Test
  @DisplayName("row and column references beyond Excel's limits (row 2,000,000, column ZZZZ) are refused by cell, not padded in memory")
  void beyondExcelLimits() throws Exception {
    Path rows = new RawXlsx().data("Data", simpleRows() + "<row r=\"2000000\">" + number("B2000000", "1") + "</row>", "").write(dir.resolve("rows.xlsx"));
    assertThat(((Refused) score(rows)).text()).contains("2000000").contains("1,048,576");
    Path cols = new RawXlsx().data("Data", simpleRows().replace("</row><row r=\"2\">", number("ZZZZ1", "1") + "</row><row r=\"2\">"), "")
        .write(dir.resolve("cols.xlsx"));
    assertThat(((Refused) score(cols)).text()).contains("ZZZZ1").contains("16,384");
  }

  @Test
  @DisplayName("empty workbooks: no rows, a header only, one entity — each refused with what to do")
  void emptySheets() throws Exception {
    assertThat(((Refused) score(new RawXlsx().data("Data", "", "").write(dir.resolve("e1.xlsx")))).text()).contains("no header row");
    assertThat(((Refused) score(new RawXlsx().data("Data", "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row>", "")
        .write(dir.resolve("e2.xlsx")))).text()).isNotBlank();
    assertThat(((Refused) score(new RawXlsx().data("Data", "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row><row r=\"2\">"
        + inline("A2", "Only") + number("B2", "1") + "</row>", "").write(dir.resolve("e3.xlsx")))).text()).contains("at least 2");
  }

  @Test
  @DisplayName("merged cells: only the top-left cell holds the value, so a merged entity name leaves the next row nameless — named by cell")
  void mergedEntityCells() throws Exception {
    String rows = "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row><row r=\"2\">" + inline("A2", "P") + number("B2", "1")
        + "</row><row r=\"3\">" + number("B3", "2") + "</row><row r=\"4\">" + inline("A4", "R") + number("B4", "3") + "</row>";
    Outcome o = score(new RawXlsx().data("Data", rows, "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>").write(dir.resolve("merged.xlsx")));
    assertThat(((Refused) o).text()).contains("Data!A3");
  }

  @Test
  @DisplayName("hidden rows are scored like any other row (as Excel's own SUM counts them), and the Audit sheet says which rows were hidden")
  void hiddenRows() throws Exception {
    String rows = "<row r=\"1\">" + inline("A1", "City") + inline("B1", "a") + "</row><row r=\"2\">" + inline("A2", "P") + number("B2", "1")
        + "</row><row r=\"3\" hidden=\"1\">" + inline("A3", "Hidden") + number("B3", "5") + "</row><row r=\"4\">" + inline("A4", "R") + number("B4", "3") + "</row>";
    Scored s = (Scored) score(new RawXlsx().data("Data", rows, "").write(dir.resolve("hidden.xlsx")));
    assertThat(s.result().entities()).containsExactly("P", "Hidden", "R");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(s.output()))) {
      var audit = wb.getSheet("Audit");
      List<String> text = new ArrayList<>();
      audit.forEach(row -> row.forEach(c -> text.add(c.toString())));
      assertThat(String.join("\n", text)).contains("Data!3").containsIgnoringCase("hidden");
    }
  }

  @Test
  @DisplayName("cells written out of column order (B2 before A2) are read into their own columns")
  void cellsOutOfOrder() throws Exception {
    String rows = "<row r=\"1\">" + inline("B1", "a") + inline("A1", "City") + "</row><row r=\"2\">" + number("B2", "1") + inline("A2", "P")
        + "</row><row r=\"3\">" + number("B3", "3") + inline("A3", "Q") + "</row>";
    Scored s = (Scored) score(new RawXlsx().data("Data", rows, "").write(dir.resolve("order.xlsx")));
    assertThat(s.result().entities()).containsExactly("P", "Q");
    assertThat(s.result().composite().ranks()).containsExactly(2, 1);
  }
}
