package org.indexkit.server;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.indexkit.SeedTable;
import org.indexkit.core.IndexResult;
import org.indexkit.json.RecipeJson;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.preset.Presets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every endpoint over real HTTP on a random loopback port. */
class ServerEndpointsTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.http();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return RecipeJson.MAPPER.readTree(r.body());
  }

  /** The SET 2024 dimension table as a compute request, the way the task pane sends a selection at Data!A1. */
  static ObjectNode setRequest() {
    SeedTable t = SeedTable.load("002_set_index_total");
    ObjectNode req = RecipeJson.MAPPER.createObjectNode();
    ObjectNode table = req.putObject("table");
    ArrayNode entities = table.putArray("entities");
    t.column("city_en").forEach(entities::add);
    table.putArray("indicators").add("education").add("talent").add("science_technology");
    ArrayNode values = table.putArray("values");
    for (int i = 0; i < t.rows().size(); i++)
      values.addArray().add(t.number(i, "education")).add(t.number(i, "talent")).add(t.number(i, "science_technology"));
    table.put("origin", "Data!A1");
    req.putObject("recipe").put("preset", "set-2024").put("normalise", "none");
    req.putArray("existingSheets").add("Data").add("Scores");
    return req;
  }

  @Test
  @DisplayName("issue 18: a re-run asked to replace IndexKit's earlier results names the sheets their Provenance lists (its second "
      + "row), and its own sheets take their names instead of Scores (2); a user's sheet that only looks like a Provenance stays")
  void replaceEarlierResults() throws Exception {
    ObjectNode first = setRequest();
    JsonNode earlier = json(server.compute(first.toString())).get("sheets");
    List<String> names = new ArrayList<>();
    earlier.forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).startsWith("Scores (2)", "Ranks").endsWith("Provenance");
    JsonNode provenance = earlier.get(earlier.size() - 1);
    assertThat(provenance.get("rows").get(1).get(0).asText()).isEqualTo("Result sheets");
    assertThat(RecipeJson.MAPPER.readTree(provenance.get("rows").get(1).get(1).asText())).hasSize(names.size());

    ObjectNode again = setRequest();
    ArrayNode existing = again.putArray("existingSheets").add("Data").add("Scores").add("Notes");
    names.forEach(existing::add);
    ObjectNode tops = again.putObject("earlierResults"); // each sheet's A1:B3, as the pane reads them
    tops.putArray("Provenance").add(RecipeJson.MAPPER.createArrayNode().add("Key").add("Value"))
        .add(provenance.get("rows").get(0)).add(provenance.get("rows").get(1));
    tops.putArray("Notes").add(RecipeJson.MAPPER.createArrayNode().add("Key").add("Value"))
        .add(RecipeJson.MAPPER.createArrayNode().add("IndexKit version").add("mine"))
        .add(RecipeJson.MAPPER.createArrayNode().add("Result sheets").add("[\"Data\", \"Scores\"]"));
    JsonNode answer = json(server.compute(again.toString()));
    List<String> replaced = new ArrayList<>();
    answer.get("replaces").forEach(n -> replaced.add(n.asText()));
    assertThat(replaced).as("the sheets the Provenance lists; not Data or Scores, which only a sheet not named in its own list "
        + "(the user's Notes) names").containsExactlyElementsOf(names);
    List<String> renamed = new ArrayList<>();
    answer.get("sheets").forEach(p -> renamed.add(p.get("name").asText()));
    assertThat(renamed).as("the names of the sheets replaced; Scores is the user's").startsWith("Scores (2)", "Ranks")
        .containsExactlyElementsOf(names);
  }

  @Test
  @DisplayName("issue 19: POST /api/v1/fit with SET 2024's printed composite table as selected (rank and names in two languages "
      + "beside the scores): /fit/columns offers the number columns, set_total as parent, the rest as children; the fit is a "
      + "weighted mean 0.2/0.3/0.5 with its rank order and the Austin–Guangzhou tie; an unknown column or a text cell is a 422 "
      + "naming it, not a 500")
  void fitRoute() throws Exception {
    SeedTable t = SeedTable.load("002_set_index_total");
    ObjectNode req = RecipeJson.MAPPER.createObjectNode();
    ArrayNode rows = req.putObject("table").put("origin", "Data!B2").putArray("rows");
    List<String> header = List.of("rank", "city_zh", "city_en", "set_total", "education", "talent", "science_technology");
    header.forEach(rows.addArray()::add);
    for (int i = 0; i < t.rows().size(); i++) {
      ArrayNode row = rows.addArray().add(Integer.parseInt(t.rows().get(i).get("rank"))).add(t.rows().get(i).get("city_zh"))
          .add(t.rows().get(i).get("city_en"));
      for (String c : header.subList(3, header.size())) row.add(t.number(i, c));
    }
    HttpResponse<String> cols = server.post("/api/v1/fit/columns", "application/json", req.toString());
    assertThat(cols.statusCode()).as(cols.body()).isEqualTo(200);
    assertThat(json(cols).toString()).isEqualTo("{\"columns\":[\"rank\",\"set_total\",\"education\",\"talent\",\"science_technology\"],"
        + "\"names\":\"city_zh\",\"parent\":\"set_total\",\"children\":[\"education\",\"talent\",\"science_technology\"]}");
    req.put("entity", "city_en").put("parent", "set_total");
    req.putArray("children").add("education").add("talent").add("science_technology");
    HttpResponse<String> r = server.post("/api/v1/fit", "application/json", req.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = json(r).get("nodes").get(0);
    assertThat(a.get("variant").asText()).isEqualTo("weighted-mean");
    assertThat(a.get("withinRounding").asBoolean()).isTrue();
    assertThat(a.get("snapped").toString()).isEqualTo("[\"0.2\",\"0.3\",\"0.5\"]");
    assertThat(a.get("verdict").asText()).startsWith("set_total is a weighted mean of education, talent, science_technology");
    assertThat(a.get("ranks").asText()).as("the table's rank column: the report ranks Austin above Guangzhou at 73.67, the refit the other way")
        .isEqualTo("Rank order against the published ranks: 2 of 30 rows rank differently in the refit: Austin (published 23, refit 24), "
            + "Guangzhou (published 24, refit 23); the refit is within rounding, so rounding alone explains these.");
    assertThat(a.get("ties").toString()).isEqualTo("[[\"Austin\",\"Guangzhou\"]]");
    List<String> sheets = new ArrayList<>();
    json(r).get("sheets").forEach(p -> sheets.add(p.get("name").asText()));
    assertThat(sheets).containsExactly("Fit", "Fit variants", "Fit weights", "Fit residuals", "Indicators", "Recipe", "Fit data");
    req.put("parent", "total");
    HttpResponse<String> bad = server.post("/api/v1/fit", "application/json", req.toString());
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("problems").get(0).get("message").asText()).isEqualTo("no column \"total\"; the columns are [rank, city_zh, "
        + "city_en, set_total, education, talent, science_technology]");
    assertThat(bad.body()).doesNotContain("Exception");
    req.put("parent", "set_total");
    ((ArrayNode) req.get("table").get("rows").get(4)).set(5, RecipeJson.MAPPER.getNodeFactory().textNode("8o.1"));
    HttpResponse<String> text = server.post("/api/v1/fit", "application/json", req.toString());
    assertThat(text.statusCode()).isEqualTo(422);
    assertThat(json(text).get("problems").get(0).get("cell").asText() + ": " + json(text).get("problems").get(0).get("message").asText())
        .isEqualTo("Data!G6: \"8o.1\" is not a number");
  }

  @Test
  @DisplayName("issue 19: POST /api/v1/fit with an Indicators sheet's cells fits every parent node the selection prints (SET's "
      + "composite and talent), skipping the nodes whose columns it lacks, and hands back the recipe of the whole tree")
  void fitTree() throws Exception {
    SeedTable t = SeedTable.load("002_set_index_total").join(SeedTable.load("002_talent_dimension"), "city_en");
    List<String> header = List.of("city_en", "set_total", "education", "talent", "science_technology", "research_talent", "industry_talent",
        "talent_potential");
    ObjectNode req = RecipeJson.MAPPER.createObjectNode();
    ArrayNode rows = req.putObject("table").put("origin", "Published!A1").putArray("rows");
    header.forEach(rows.addArray()::add);
    for (var row : t.rows()) {
      ArrayNode cells = rows.addArray().add(row.get("city_en"));
      for (String c : header.subList(1, header.size())) cells.add(Double.parseDouble(row.get(c)));
    }
    ArrayNode ind = req.putArray("indicatorsSheet");
    for (String line : List.of("Code,Parent,Weight", "set_total,,", "education,set_total,0.2", "talent,set_total,0.3", "science_technology,set_total,0.5",
        "research_talent,talent,40", "industry_talent,talent,40", "talent_potential,talent,20", "basic_education,education,"))
      java.util.Arrays.stream(line.split(",", -1)).forEach(ind.addArray()::add);
    req.put("language", "zh-CN");
    HttpResponse<String> r = server.post("/api/v1/fit", "application/json", req.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = json(r);
    assertThat(a.get("nodes")).hasSize(2);
    assertThat(a.get("nodes").get(1).get("printed").asText()).isEqualTo("报告给出的权重 0.4、0.4、0.2：最大偏差 2.25（Shenzhen），不成立。");
    assertThat(a.get("skipped").toString()).isEqualTo("[\"education 未拟合：表中没有 basic_education 列\"]");
    assertThat(a.get("recipe").isNull()).isTrue();
    List<String> sheets = new ArrayList<>();
    a.get("sheets").forEach(p -> sheets.add(p.get("name").asText()));
    assertThat(sheets).contains("Indicators", "Recipe");
  }

  @Test
  @DisplayName("issue 19: the selection's number formats set the printed decimals — whole numbers shown as 0.00 are 2-dp prints "
      + "(bound 0.01 on the Fit sheet), the same cells under General whole ones (bound 1)")
  void fitReadsNumberFormats() throws Exception {
    for (String format : List.of("0.00", "General")) {
      ObjectNode req = RecipeJson.MAPPER.createObjectNode();
      ObjectNode table = req.putObject("table").put("origin", "Sheet1!A1");
      ArrayNode rows = table.putArray("rows"), formats = table.putArray("formats");
      rows.addArray().add("city").add("p").add("a").add("b");
      formats.addArray().add("General").add("General").add("General").add("General");
      int[][] ab = {{10, 20}, {30, 50}, {40, 40}, {12, 36}, {70, 90}, {8, 64}};
      for (int r = 0; r < ab.length; r++) {
        rows.addArray().add("City " + (r + 1)).add((ab[r][0] + ab[r][1]) / 2).add(ab[r][0]).add(ab[r][1]);
        formats.addArray().add("General").add(format).add(format).add(format);
      }
      req.put("parent", "p");
      req.putArray("children").add("a").add("b");
      HttpResponse<String> r = server.post("/api/v1/fit", "application/json", req.toString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode fit = json(r).get("sheets").get(0);
      assertThat(fit.get("columns").get(5).get("header").asText()).isEqualTo("Rounding bound");
      assertThat(fit.get("rows").get(0).get(5).asDouble()).isEqualTo(format.equals("0.00") ? 0.01 : 1.0, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  @DisplayName("GET /health answers ok with the version")
  void health() throws Exception {
    HttpResponse<String> r = server.get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("status").asText()).isEqualTo("ok");
  }

  @Test
  @DisplayName("GET / serves the task pane's page, without X-Frame-Options (it runs in Excel's iframe)")
  void staticPage() throws Exception {
    HttpResponse<String> r = server.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("IndexKit");
    assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
  }

  @Test
  @DisplayName("GET /api/v1/methods lists every step with English and Chinese labels, and the presets with their sources")
  void methods() throws Exception {
    JsonNode c = json(server.get("/api/v1/methods"));
    List<String> steps = new ArrayList<>();
    c.get("steps").forEach(s -> steps.add(s.get("id").asText()));
    assertThat(steps).containsExactly("impute", "outliers", "normalise", "weights", "aggregate", "rescale", "tiers", "stars", "panel",
        "leagues", "formulas", "analyses.coupling", "analyses.contributions", "analyses.obstacles", "analyses.strengths",
        "analyses.regions", "analyses.disparity", "analyses.density", "analyses.quadrants", "analyses.clusters", "analyses.champions", "analyses.typology", "analyses.compare", "analyses.moran", "analyses.correlations", "analyses.profiles");
    JsonNode normalise = c.get("steps").get(2);
    assertThat(normalise.get("label").get("zh-CN").asText()).isEqualTo("标准化");
    assertThat(normalise.get("options").get(0).get("parameters").get(1).get("defaultValue").asDouble()).isEqualTo(1.0);
    List<String> presets = new ArrayList<>();
    c.get("presets").forEach(p -> presets.add(p.get("id").asText()));
    assertThat(presets).containsExactly("set-2024", "gihi-2023", "stcud-2021", "digital-city-2022", "nqpf-entropy-topsis");
    assertThat(c.get("presets").get(0).get("source").asText()).contains("SET");
    assertThat(c.get("presets").get(0).get("tree").size()).isEqualTo(44);
  }

  @Test
  @DisplayName("POST /api/v1/compute with the SET-2024 fixture: Boston 85.83 first; Scores rows equal the engine's result")
  void computeSet() throws Exception {
    HttpResponse<String> r = server.compute(setRequest().toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = json(r);
    JsonNode scores = body.get("sheets").get(0);
    assertThat(scores.get("name").asText()).isEqualTo("Scores (2)"); // the caller already has "Scores"
    JsonNode first = scores.get("rows").get(0);
    assertThat(first.get(0).asText()).isEqualTo("Boston");
    assertThat(first.get(1).asDouble()).isCloseTo(85.83, within(0.01));

    SeedTable t = SeedTable.load("002_set_index_total");
    IndexResult engine = Pipeline.run(t.toTable("city_en", List.of("education", "talent", "science_technology")),
        Presets.get("set-2024").tree(), Presets.get("set-2024").recipe().withNormalise(StepChoice.of("none")));
    for (JsonNode row : scores.get("rows")) {
      String city = row.get(0).asText();
      assertThat(row.get(1).asDouble()).as(city).isEqualTo(engine.score(city));
      assertThat(row.get(2).asDouble()).as(city).isEqualTo(engine.node("education").scores()[engine.row(city)]);
    }
    assertThat(body.get("result").get("nodes").get(0).get("code").asText()).isEqualTo("set_total");
    List<String> names = new ArrayList<>();
    body.get("sheets").forEach(s -> names.add(s.get("name").asText()));
    assertThat(names).containsExactly("Scores (2)", "Ranks", "Weights", "Statistics", "Correlations", "Audit", "Provenance");
    JsonNode provenance = body.get("sheets").get(6).get("rows");
    assertThat(provenance.toString()).contains("Data!A1:D31").contains("Input SHA-256").contains("set-2024: talent");
  }

  @Test
  @DisplayName("entity names starting with = + - @ come back as text cells in a text column, never formulas")
  void formulaLikeNamesStayText() throws Exception {
    String req = """
        {"table":{"entities":["=HYPERLINK(\\"x\\")","+1","-2","@SUM(A1)"],"indicators":["v"],"values":[[1],[2],[3],[4]]}}""";
    HttpResponse<String> r = server.compute(req);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode scores = json(r).get("sheets").get(0);
    assertThat(scores.get("columns").get(0).get("format").asText()).isEqualTo("@");
    List<String> names = new ArrayList<>();
    scores.get("rows").forEach(row -> {
      assertThat(row.get(0).isTextual()).isTrue();
      names.add(row.get(0).asText());
    });
    assertThat(names).containsExactly("@SUM(A1)", "-2", "+1", "=HYPERLINK(\"x\")");
  }

  @Test
  @DisplayName("unknown paths and wrong methods are problem+json too")
  void notFound() throws Exception {
    HttpResponse<String> r = server.get("/api/v1/nothing");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    HttpResponse<String> m = server.get("/api/v1/compute");
    assertThat(m.statusCode()).isEqualTo(405);
    assertThat(json(m).get("status").asInt()).isEqualTo(405);
  }
}
