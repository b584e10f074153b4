package org.indexkit.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** The routes that carry files: a workbook scored ({@code POST /api/v1/workbook}), templates, the add-in manifest. */
final class FileRoutes {
  static final String XLSX = IndexKitServer.XLSX;
  private final ServerOptions o;
  private final Responder responder;
  private final Limits limits;

  FileRoutes(ServerOptions o, Responder responder, Limits limits) {
    this.o = o;
    this.responder = responder;
    this.limits = limits;
  }

  /** The uploaded workbook with result sheets added. The upload lives in a private temp file, deleted after. */
  void workbook(Context ctx) {
    responder.requireType(ctx, XLSX + " or application/octet-stream", "Send the workbook itself",
        "send the .xlsx file itself as the request body, not as a form upload (e.g. curl --data-binary @book.xlsx "
            + "-H 'Content-Type: application/octet-stream'), with Content-Type " + XLSX + " or application/octet-stream");
    String preset = ctx.queryParam("preset");
    String sheet = ctx.queryParam("sheet");
    String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : "upload.xlsx";
    responder.answer(ctx, 1, body -> () -> {
      if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send the .xlsx file itself as the body");
      java.nio.file.Path tmp = null;
      MemoryBudget.Reservation[] held = new MemoryBudget.Reservation[1];
      try {
        tmp = org.indexkit.files.TempFiles.create(null, "indexkit-upload-", ".xlsx");
        java.nio.file.Files.write(tmp, body);
        var out = new java.io.ByteArrayOutputStream(body.length * 2 + 65536);
        org.indexkit.workbook.WorkbookScoring.score(tmp, name, preset, sheet, Map.of(), o.maxBodyBytes(), out,
            (input, setup) -> held[0] = limits.admit(input.table(), setup, o.maxSeconds(), 1, 0, "scoring this workbook"));
        return out.toByteArray();
      } finally {
        if (held[0] != null) held[0].close();
        if (tmp != null) try { org.indexkit.files.TempFiles.delete(tmp); } catch (IOException ignored) { /* deleted at exit at the latest */ }
      }
    }, bytes -> {
      String scored = name.replaceAll("(?i)\\.xlsx$", "") + "-indexkit.xlsx";
      ctx.contentType(XLSX).header("Content-Disposition", contentDisposition(scored)).result(bytes);
    });
  }

  /** {@code attachment; filename="…"} with an ASCII fallback and the exact name in RFC 5987 form for non-ASCII names. */
  static String contentDisposition(String file) {
    String ascii = file.replaceAll("[\"\\\\\r\n]", "_").replaceAll("[^\\x20-\\x7e]", "_");
    String plain = "attachment; filename=\"" + ascii + "\"";
    if (ascii.equals(file)) return plain;
    return plain + "; filename*=UTF-8''" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void template(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    String id = file.endsWith(".xlsx") ? file.substring(0, file.length() - 5) : file;
    var t = org.indexkit.workbook.Template.find(id).orElseThrow(() -> new ApiProblem.Failure(ApiProblem.of(404, "no-template",
        "No such template", "templates: " + org.indexkit.workbook.Template.all().stream().map(x -> x.id()).toList(), null)));
    var out = new java.io.ByteArrayOutputStream();
    org.indexkit.workbook.TemplateWriter.write(t, out);
    ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + t.id() + ".xlsx\"").result(out.toByteArray());
  }

  /**
   * The add-in manifest of addin-manifest/manifest.xml with every https://localhost:8443 replaced by the address this
   * server answers at (as the client reached it), so a server started with --port or --host can be sideloaded as it is.
   */
  void manifest(Context ctx) throws IOException {
    try (var in = IndexKitServer.class.getResourceAsStream("/manifest/manifest.xml")) {
      if (in == null) throw new ApiProblem.Failure(ApiProblem.of(404, "no-manifest", "No manifest in this build", null, null));
      String host = ctx.header("Host") == null ? o.host() + ":" + ctx.port() : ctx.header("Host");
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("https://localhost:8443", o.scheme() + "://" + host);
      ctx.contentType("application/xml").header("Content-Disposition", "attachment; filename=\"manifest.xml\"").result(xml);
    }
  }
}
